/**
 * Implementation of the indicator catalogue and calculators; not part of the API, may change
 * without notice.
 */
package io.github.caeimpact.indicators.internal;
