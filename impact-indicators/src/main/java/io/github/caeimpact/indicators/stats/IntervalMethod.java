package io.github.caeimpact.indicators.stats;

/** How a confidence interval was computed. */
public enum IntervalMethod {
    /** Wilson score interval for a proportion, without continuity correction (R: {@code prop.test(x, n, correct = FALSE)}). */
    WILSON,
    /** Student t interval for a mean (R: {@code t.test(x)}). */
    STUDENT_T,
    /**
     * Distribution-free order-statistic (binomial) interval for a median, exact coverage of at least
     * the level, deterministic (R: {@code sort(x)[c(k, n - k + 1)]} with {@code k = qbinom((1 - level) / 2, n, 0.5)}).
     */
    ORDER_STATISTIC,
    /** Percentile bootstrap interval for a median, resampling with a seed derived from the data and the options' seed. */
    PERCENTILE_BOOTSTRAP
}
