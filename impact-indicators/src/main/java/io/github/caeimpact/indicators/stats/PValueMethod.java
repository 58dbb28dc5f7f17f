package io.github.caeimpact.indicators.stats;

/** How the p-value of a test was obtained. */
public enum PValueMethod {
    /** From Student's t distribution with n - 1 degrees of freedom (the paired t-test). */
    T_DISTRIBUTION,
    /** From the exact null distribution of the statistic (the Wilcoxon signed-rank test without zeros or ties, n &lt; 50). */
    EXACT,
    /**
     * From the normal approximation with a continuity correction of 0.5 and the tie correction of
     * the variance, as R's {@code wilcox.test(..., exact = NULL, correct = TRUE)} falls back to it.
     */
    NORMAL_APPROXIMATION_WITH_CONTINUITY_CORRECTION
}
