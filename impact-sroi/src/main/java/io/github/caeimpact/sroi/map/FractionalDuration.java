package io.github.caeimpact.sroi.map;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the final partial year of a fractional {@code durationYears} (such as 2.5) is counted.
 */
public enum FractionalDuration {
    /** The final partial year counts for its fraction of a full year's impact (the default). */
    PRO_RATA,
    /** The final partial year counts as a full year, as some published reports do. */
    ROUND_UP,
    /**
     * The duration is rounded to the nearest whole number of years, a half up (2.5 counts 3 years,
     * 2.4 counts 2, 0.4 counts none), as other published reports do.
     */
    ROUND_NEAREST;

    /**
     * Returns how many outcome years a duration spans under this rule: its ceiling, or for
     * {@link #ROUND_NEAREST} the nearest whole number (a half up).
     *
     * @param durationYears the duration, above 0
     * @return the number of years, at least 0
     */
    public int years(double durationYears) {
        return this == ROUND_NEAREST ? (int) Math.floor(durationYears + 0.5) : (int) Math.ceil(durationYears);
    }

    /**
     * Returns how many outcome years a duration spans under this rule, exactly: its ceiling, or for
     * {@link #ROUND_NEAREST} the nearest whole number (a half up).
     *
     * @param durationYears the duration, above 0
     * @return the number of years, at least 0
     */
    public int years(BigDecimal durationYears) {
        return durationYears.setScale(0, this == ROUND_NEAREST ? RoundingMode.HALF_UP : RoundingMode.CEILING)
                .intValueExact();
    }

    /**
     * Returns the share of a full year's impact the last of {@link #years(double)} years counts for:
     * the fraction of a partial year under {@link #PRO_RATA}, else 1.
     *
     * @param durationYears the duration, above 0
     * @return the share, in (0, 1]
     */
    public double lastYearShare(double durationYears) {
        double fraction = durationYears - Math.floor(durationYears);
        return this == PRO_RATA && fraction > 0 ? fraction : 1;
    }
}
