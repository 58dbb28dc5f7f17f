/**
 * The CAE-IMPACT indicator catalogue and its measurement: indicator definitions as versioned data
 * ({@link io.github.caeimpact.indicators.Catalogue}), the calculator service-provider interface,
 * and the results a dataset is measured into.
 */
package io.github.caeimpact.indicators;
