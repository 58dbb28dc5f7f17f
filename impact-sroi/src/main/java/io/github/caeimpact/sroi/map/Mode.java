package io.github.caeimpact.sroi.map;

/**
 * Whether an analysis looks forward or back.
 */
public enum Mode {
    /** Before the fact: every outcome year lies after the analysis date and is discounted. */
    FORECAST,
    /**
     * After the fact: outcome years run from the map's {@code firstYear}; the values of years before
     * the analysis year are brought forward to it by compounding at the discount rate.
     */
    EVALUATIVE
}
