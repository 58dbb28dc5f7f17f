/**
 * The statistics indicator results carry: confidence intervals for proportions (Wilson), means
 * (Student t) and medians (order statistics, seeded percentile bootstrap), and paired
 * before/after tests; the t, normal and binomial distributions come from Apache Commons
 * Statistics.
 */
package io.github.caeimpact.indicators.stats;
