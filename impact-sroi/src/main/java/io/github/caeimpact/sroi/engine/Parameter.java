package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.map.ParameterId;
import java.math.BigDecimal;

/**
 * One numeric parameter of a compiled map, with its value in the map and the range it may take.
 *
 * @param id its address in the map
 * @param kind what it is, which fixes its range
 * @param outcomeId the id of the outcome it belongs to, or null for an input or the discounting
 * @param baseline its value in the map (a bound quantity's bound value; a proxy's value before
 *     revaluation)
 */
public record Parameter(ParameterId id, Kind kind, String outcomeId, BigDecimal baseline) {

    /** The bound of quantities, proxy values and amounts, as validation enforces it on maps. */
    private static final double MAX_MAGNITUDE = Limits.MAX_MAGNITUDE.doubleValue();

    /** What a parameter is; each kind has its range. */
    public enum Kind {
        /** A number of units per year, 0 to 10<sup>12</sup>. */
        QUANTITY,
        /** A proxy value in euros of its base year (or a rate), 0 to 10<sup>12</sup>. */
        PROXY,
        /** A duration in years, above 0 and at most 200 ({@code Limits.MAX_DURATION_YEARS}). */
        DURATION,
        /** A deadweight, displacement, attribution, drop-off or leakage share, 0..1. */
        SHARE,
        /** An input amount in euros, 0 to 10<sup>12</sup>. */
        AMOUNT,
        /** A discount rate, 0 inclusive to 1 exclusive. */
        RATE,
        /** The β factor of a French discount rule, 0..10. */
        BETA
    }

    /**
     * Tells whether a value lies in this parameter's range.
     *
     * @param value the value
     * @return true if allowed
     */
    public boolean accepts(double value) {
        return switch (kind) {
            case QUANTITY, PROXY, AMOUNT -> value >= 0 && value <= MAX_MAGNITUDE;
            case DURATION -> value > 0 && value <= Limits.MAX_DURATION_YEARS;
            case SHARE -> value >= 0 && value <= 1;
            case RATE -> value >= 0 && value < 1;
            case BETA -> value >= 0 && value <= 10;
        };
    }
}
