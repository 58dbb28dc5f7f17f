package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.Distribution;
import java.math.BigDecimal;
import java.util.Optional;

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
        BETA;

        /**
         * Returns the smallest value of this kind: 0, or the smallest positive double for a
         * duration (which must be above 0).
         *
         * @return the lower end of the range
         */
        public double lowest() {
            return this == DURATION ? Double.MIN_VALUE : 0;
        }

        /**
         * Returns the largest value of this kind: 10<sup>12</sup> for quantities, proxies and
         * amounts, 200 years, 1 for a share, the largest double below 1 for a rate, 10 for β.
         *
         * @return the upper end of the range
         */
        public double highest() {
            return switch (this) {
                case QUANTITY, PROXY, AMOUNT -> MAX_MAGNITUDE;
                case DURATION -> Limits.MAX_DURATION_YEARS;
                case SHARE -> 1;
                case RATE -> Math.nextDown(1.0);
                case BETA -> 10;
            };
        }

        /**
         * Tells why a distribution cannot stand for a parameter of this kind: its range must lie
         * within the kind's, except that a lognormal fits the kinds bounded by 10<sup>12</sup>,
         * where draws are capped.
         *
         * @param distribution the distribution
         * @return the reason, or empty when it fits
         */
        public Optional<String> problemWith(Distribution distribution) {
            double lower = distribution.lower();
            double upper = distribution.upper();
            boolean capped = distribution instanceof Distribution.LogNormal && highest() == MAX_MAGNITUDE;
            if (lower < lowest() || (upper > highest() && !capped)) {
                return Optional.of("the distribution's range [" + lower + ", " + upper
                        + "] must lie within the parameter's range [" + lowest() + ", " + highest() + "]");
            }
            return Optional.empty();
        }
    }

    /**
     * Tells whether a value lies in this parameter's range.
     *
     * @param value the value
     * @return true if allowed
     */
    public boolean accepts(double value) {
        return value >= kind.lowest() && value <= kind.highest();
    }
}
