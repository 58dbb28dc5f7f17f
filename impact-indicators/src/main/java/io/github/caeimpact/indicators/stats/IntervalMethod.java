package io.github.caeimpact.indicators.stats;

/** How a confidence interval was computed. */
public enum IntervalMethod {
    /** Wilson score interval for a proportion, without continuity correction (R: {@code prop.test(x, n, correct = FALSE)}). */
    WILSON,
    /** Student t interval for a mean (R: {@code t.test(x)}). */
    STUDENT_T,
    /** Percentile bootstrap interval for a median, resampling with a seed derived from the data. */
    PERCENTILE_BOOTSTRAP
}
