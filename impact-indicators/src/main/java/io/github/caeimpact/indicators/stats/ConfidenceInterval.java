package io.github.caeimpact.indicators.stats;

import java.util.Objects;

/**
 * A two-sided confidence interval.
 *
 * @param lower the lower bound, in the indicator's unit (shares as 0..1)
 * @param upper the upper bound, not below the lower bound
 * @param level the confidence level, e.g. 0.95
 * @param method how it was computed
 */
public record ConfidenceInterval(double lower, double upper, double level, IntervalMethod method) {

    /**
     * Checks the bounds and level.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @param level the confidence level, strictly between 0 and 1
     * @param method the method
     * @throws IllegalArgumentException if a bound is not finite, the bounds are inverted or the level out of range
     */
    public ConfidenceInterval {
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("invalid bounds [" + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /**
     * Tells whether a value lies within the interval, bounds included.
     *
     * @param value the value
     * @return true if lower &lt;= value &lt;= upper
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
