package io.github.caeimpact.indicators;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where one organisation stands among the others on one indicator.
 *
 * @param indicatorId the indicator
 * @param organisationId the organisation
 * @param value the organisation's value
 * @param rank 1 for the best value given the indicator's polarity; tied values share the better rank
 * @param ranked the number of organisations ranked (those with a shown value)
 * @param percentile the share of the other organisations it does better than, ties counting half,
 *     in percent (0..100); null when it is the only one ranked
 */
public record BenchmarkPosition(String indicatorId, String organisationId, BigDecimal value, int rank, int ranked, Double percentile) {

    /**
     * Checks the parts.
     *
     * @param indicatorId the indicator
     * @param organisationId the organisation
     * @param value the value
     * @param rank the rank
     * @param ranked the number ranked
     * @param percentile the percentile
     * @throws IllegalArgumentException if the rank is outside 1..ranked
     */
    public BenchmarkPosition {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(value, "value");
        if (rank < 1 || rank > ranked) {
            throw new IllegalArgumentException("rank " + rank + " outside 1.." + ranked);
        }
    }
}
