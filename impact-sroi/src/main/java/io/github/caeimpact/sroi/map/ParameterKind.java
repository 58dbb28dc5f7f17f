package io.github.caeimpact.sroi.map;

import io.github.caeimpact.sroi.rules.MapLimits;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a numeric parameter of a map is, which fixes the range it may take. The one definition of
 * each range: map validation, discounting schemes and the engine's parameter vectors ask it.
 */
public enum ParameterKind {
    /** A number of units per year, 0 to 10<sup>12</sup>. */
    QUANTITY(BigDecimal.ZERO, true, MapLimits.MAX_MAGNITUDE, true),
    /** A proxy value in money of its base year (or a rate), 0 to 10<sup>12</sup>. */
    PROXY(BigDecimal.ZERO, true, MapLimits.MAX_MAGNITUDE, true),
    /** A duration in years, above 0 and at most 200 ({@link MapLimits#MAX_DURATION_YEARS}). */
    DURATION(BigDecimal.ZERO, false, BigDecimal.valueOf(MapLimits.MAX_DURATION_YEARS), true),
    /** A deadweight, displacement, attribution, drop-off or leakage share, 0..1. */
    SHARE(BigDecimal.ZERO, true, BigDecimal.ONE, true),
    /** An input amount, 0 to 10<sup>12</sup>. */
    AMOUNT(BigDecimal.ZERO, true, MapLimits.MAX_MAGNITUDE, true),
    /** A discount rate as a fraction, 0 inclusive to 1 exclusive. */
    RATE(BigDecimal.ZERO, true, BigDecimal.ONE, false),
    /** The β factor of a French discount rule, 0..10. */
    BETA(BigDecimal.ZERO, true, BigDecimal.TEN, true);

    private final BigDecimal min;
    private final boolean minIncluded;
    private final BigDecimal max;
    private final boolean maxIncluded;
    private final double minDouble;
    private final double maxDouble;

    ParameterKind(BigDecimal min, boolean minIncluded, BigDecimal max, boolean maxIncluded) {
        this.min = min;
        this.minIncluded = minIncluded;
        this.max = max;
        this.maxIncluded = maxIncluded;
        this.minDouble = min.doubleValue();
        this.maxDouble = max.doubleValue();
    }

    /**
     * Returns the lower end of this kind's range.
     *
     * @return the minimum, included or not as {@link #includesMinimum()} says
     */
    public BigDecimal minimum() {
        return min;
    }

    /**
     * Tells whether the minimum itself is allowed (not for a duration, which is above 0).
     *
     * @return true if the minimum is in the range
     */
    public boolean includesMinimum() {
        return minIncluded;
    }

    /**
     * Returns the upper end of this kind's range.
     *
     * @return the maximum, included or not as {@link #includesMaximum()} says
     */
    public BigDecimal maximum() {
        return max;
    }

    /**
     * Tells whether the maximum itself is allowed (not for a discount rate, which is below 1).
     *
     * @return true if the maximum is in the range
     */
    public boolean includesMaximum() {
        return maxIncluded;
    }

    /**
     * Tells whether a value lies in this kind's range.
     *
     * @param value the value
     * @return true if allowed
     */
    public boolean accepts(double value) {
        return (minIncluded ? value >= minDouble : value > minDouble)
                && (maxIncluded ? value <= maxDouble : value < maxDouble);
    }

    /**
     * Tells whether a value lies in this kind's range, exactly.
     *
     * @param value the value, not null
     * @return true if allowed
     */
    public boolean accepts(BigDecimal value) {
        int low = value.compareTo(min);
        int high = value.compareTo(max);
        return (minIncluded ? low >= 0 : low > 0) && (maxIncluded ? high <= 0 : high < 0);
    }

    /**
     * Returns the range in words, for error messages, such as {@code "at least 0 and below 1"}.
     *
     * @return the range
     */
    public String range() {
        return (minIncluded ? "at least " : "above ") + min.toPlainString() + " and "
                + (maxIncluded ? "at most " : "below ") + max.toPlainString();
    }

    /**
     * Returns the smallest value of this kind as a double: its minimum, or the next double above
     * it when the minimum is excluded (a duration).
     *
     * @return the lower end of the range
     */
    public double lowest() {
        return minIncluded ? minDouble : Math.nextUp(minDouble);
    }

    /**
     * Returns the largest value of this kind as a double: its maximum, or the next double below
     * it when the maximum is excluded (a rate).
     *
     * @return the upper end of the range
     */
    public double highest() {
        return maxIncluded ? maxDouble : Math.nextDown(maxDouble);
    }

    /**
     * Tells why a distribution cannot stand for a parameter of this kind: its range must lie
     * within the kind's, except that a lognormal fits the kinds bounded by 10<sup>12</sup>
     * (quantities, proxies, amounts), where draws are capped.
     *
     * @param distribution the distribution
     * @return the reason, or empty when it fits
     */
    public Optional<String> problemWith(Distribution distribution) {
        double lower = distribution.lower();
        double upper = distribution.upper();
        boolean capped = distribution instanceof Distribution.LogNormal && max.compareTo(MapLimits.MAX_MAGNITUDE) == 0;
        if (lower < lowest() || (upper > highest() && !capped)) {
            return Optional.of("the distribution's range [" + lower + ", " + upper
                    + "] must lie within the parameter's range: " + range());
        }
        return Optional.empty();
    }
}
