package io.github.caeimpact.indicators.stats;

import java.util.Objects;

/**
 * The outcome of a two-sided hypothesis test of "no change".
 *
 * @param method the test
 * @param statistic the test statistic: t for the t-test, V (sum of the ranks of positive
 *     differences, as R reports it) for the Wilcoxon test
 * @param pValue the two-sided p-value, 0..1
 * @param pValueMethod how the p-value was obtained: exact, t distribution, or normal approximation
 *     with continuity correction
 * @param n the number of differences the test used (for the Wilcoxon test, the non-zero ones)
 * @param zerosDropped the zero differences left out before ranking (R's default
 *     {@code zero.method = "Wilcoxon"}); 0 for the t-test, which keeps them
 */
public record HypothesisTest(TestMethod method, double statistic, double pValue, PValueMethod pValueMethod, long n, long zerosDropped) {

    /**
     * Checks the values.
     *
     * @param method the test
     * @param statistic the statistic
     * @param pValue the p-value
     * @param pValueMethod how the p-value was obtained
     * @param n the differences used
     * @param zerosDropped the zero differences dropped
     * @throws IllegalArgumentException if the p-value is not in 0..1 or a count is negative
     */
    public HypothesisTest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pValueMethod, "pValueMethod");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], was " + pValue);
        }
        if (n < 0 || zerosDropped < 0) {
            throw new IllegalArgumentException("counts must not be negative: n " + n + ", zerosDropped " + zerosDropped);
        }
    }

    /**
     * Tells whether the p-value comes from the exact distribution of the statistic.
     *
     * @return true for {@link PValueMethod#EXACT}
     */
    public boolean exact() {
        return pValueMethod == PValueMethod.EXACT;
    }
}
