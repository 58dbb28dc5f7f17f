package io.github.caeimpact.sroi.rules;

import java.math.BigDecimal;

/**
 * The bounds every number of a valid impact map keeps, so that evaluation (exact and in
 * {@code double}) stays finite and its memory bounded; the constraint annotations of the map's
 * records and its published schema state them. Each limit is defined here once.
 */
public final class MapLimits {

    /** The longest outcome duration and the largest start offset, in years. */
    public static final int MAX_DURATION_YEARS = 200;

    /** The earliest calendar year of a map (analysis, first, input and proxy base years). */
    public static final int EARLIEST_YEAR = 1900;

    /** The latest calendar year of a map (analysis, first, input and proxy base years). */
    public static final int LATEST_YEAR = 2100;

    /**
     * The most years an evaluative map can look back ({@code analysisYear − firstYear},
     * {@code analysisYear − input year}): the width of the year range, which bounds it; compounding
     * runs once per year.
     */
    public static final int MAX_EVALUATION_SPAN_YEARS = LATEST_YEAR - EARLIEST_YEAR;

    /**
     * The largest quantity, proxy value or input amount: 10<sup>12</sup> (a thousand billion
     * units or euros, far above any CAE, and products of a few such numbers stay far below the
     * largest {@code double}).
     */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal(MapLimits.MAX_MAGNITUDE_TEXT);

    /** {@link #MAX_MAGNITUDE} written out, for the constraint annotations of the map's records. */
    public static final String MAX_MAGNITUDE_TEXT = "1000000000000";

    /**
     * The most decimal places of any number of a map: room for values computed at 34 significant
     * digits ({@code MathContext.DECIMAL128}) down to 10<sup>-26</sup>, while a number such as
     * {@code 1e-999999999} is refused before arithmetic on it would exhaust memory.
     */
    public static final int MAX_SCALE = 60;

    private MapLimits() {
    }
}
