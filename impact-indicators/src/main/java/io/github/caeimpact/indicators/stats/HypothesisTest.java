package io.github.caeimpact.indicators.stats;

import java.util.Objects;

/**
 * The outcome of a two-sided hypothesis test of "no change".
 *
 * @param method the test
 * @param statistic the test statistic: t for the t-test, V (sum of the ranks of positive
 *     differences, as R reports it) for the Wilcoxon test
 * @param pValue the two-sided p-value, 0..1
 * @param exact true if the p-value comes from the exact distribution, false for an approximation
 */
public record HypothesisTest(TestMethod method, double statistic, double pValue, boolean exact) {

    /**
     * Checks the values.
     *
     * @param method the test
     * @param statistic the statistic
     * @param pValue the p-value
     * @param exact whether it is exact
     * @throws IllegalArgumentException if the p-value is not in 0..1
     */
    public HypothesisTest {
        Objects.requireNonNull(method, "method");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], was " + pValue);
        }
    }
}
