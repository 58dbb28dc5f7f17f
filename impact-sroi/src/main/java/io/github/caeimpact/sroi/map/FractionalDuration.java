package io.github.caeimpact.sroi.map;

/**
 * How the final partial year of a fractional {@code durationYears} (such as 2.5) is counted.
 */
public enum FractionalDuration {
    /** The final partial year counts for its fraction of a full year's impact (the default). */
    PRO_RATA,
    /** The final partial year counts as a full year, as some published reports do. */
    ROUND_UP
}
