package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.indicators.stats.HypothesisTest;
import io.github.caeimpact.model.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one indicator over one population and period, with what it rests on.
 *
 * @param indicatorId the indicator's id in the catalogue
 * @param period the period measured
 * @param value the value in the indicator's unit (shares as 0..1), null when nobody was counted
 * @param numerator for a proportion, the people with the attribute; for a count, sum, mean or
 *     paired change, the total the value is derived from; null when there is none
 * @param denominator for a proportion, the people counted; for a mean or paired change, the number
 *     of people; null for counts and sums
 * @param counted the number of people the value is computed on
 * @param missing the number of people concerned who could not be counted (no answer, field not recorded)
 * @param interval the confidence interval, null for counts, sums and too small samples
 * @param tests for paired indicators, the paired t-test and Wilcoxon signed-rank test; otherwise empty
 * @param warnings caveats for the reader, possibly empty
 */
public record IndicatorResult(
        String indicatorId,
        Period period,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        long counted,
        long missing,
        ConfidenceInterval interval,
        List<HypothesisTest> tests,
        List<Warning> warnings) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param indicatorId the id
     * @param period the period
     * @param value the value
     * @param numerator the numerator
     * @param denominator the denominator
     * @param counted the people counted, not negative
     * @param missing the people missing, not negative
     * @param interval the interval
     * @param tests the tests
     * @param warnings the warnings
     * @throws IllegalArgumentException if a count is negative
     */
    public IndicatorResult {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(period, "period");
        tests = List.copyOf(Objects.requireNonNull(tests, "tests"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (counted < 0 || missing < 0) {
            throw new IllegalArgumentException("counts must not be negative: counted " + counted + ", missing " + missing);
        }
    }

    /**
     * Returns the value if there is one.
     *
     * @return the value, or empty when nobody was counted
     */
    public Optional<BigDecimal> valueIfPresent() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the share of the people concerned who were counted.
     *
     * @return counted / (counted + missing), or 1 when nobody was concerned
     */
    public double responseRate() {
        long concerned = counted + missing;
        return concerned == 0 ? 1.0 : (double) counted / concerned;
    }

    /**
     * Tells whether a warning with the code is attached.
     *
     * @param code a warning code
     * @return true if present
     */
    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(warning -> warning.code().equals(code));
    }
}
