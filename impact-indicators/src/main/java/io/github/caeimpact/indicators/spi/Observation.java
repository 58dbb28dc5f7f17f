package io.github.caeimpact.indicators.spi;

import java.math.BigDecimal;

/**
 * One person's contribution to a count, sum, mean or median: a value, or missing.
 *
 * @param value the value, null when missing
 */
public record Observation(BigDecimal value) {

    /** A person concerned whose value is not recorded. */
    public static final Observation MISSING = new Observation(null);

    /**
     * Returns an observed value.
     *
     * @param value the value, not null
     * @return the observation
     */
    public static Observation of(BigDecimal value) {
        return new Observation(java.util.Objects.requireNonNull(value, "value"));
    }

    /**
     * Tells whether the value is missing.
     *
     * @return true if missing
     */
    public boolean isMissing() {
        return value == null;
    }
}
