/**
 * The statistics indicator results carry: confidence intervals for proportions (Wilson), means
 * (Student t) and medians (seeded percentile bootstrap), and paired before/after tests, computed
 * with Apache Commons Math.
 */
package io.github.caeimpact.indicators.stats;
