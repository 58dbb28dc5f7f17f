package io.github.caeimpact.indicators.stats;

/** A paired before/after hypothesis test. */
public enum TestMethod {
    /** Two-sided paired Student t-test (R: {@code t.test(after, before, paired = TRUE)}). */
    PAIRED_T,
    /** Two-sided Wilcoxon signed-rank test, zero differences dropped (R: {@code wilcox.test(after, before, paired = TRUE)}). */
    WILCOXON_SIGNED_RANK
}
