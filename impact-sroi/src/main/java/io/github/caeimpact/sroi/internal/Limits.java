package io.github.caeimpact.sroi.internal;

import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.Problem;

import java.math.BigDecimal;

/**
 * The bounds every number of a valid impact map keeps, so that evaluation (exact and in
 * {@code double}) stays finite and its memory bounded. Each limit is defined here once.
 */
public final class Limits {

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
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(12);

    /**
     * The most decimal places of any number of a map: room for values computed at 34 significant
     * digits ({@code MathContext.DECIMAL128}) down to 10<sup>-26</sup>, while a number such as
     * {@code 1e-999999999} is refused before arithmetic on it would exhaust memory.
     */
    public static final int MAX_SCALE = 60;

    private Limits() {
    }

    /**
     * Checks that a number has at most {@link #MAX_SCALE} decimal places and a magnitude of at
     * most {@code max}.
     *
     * @param value the number
     * @param path where it stands, for the problem
     * @param max the largest magnitude allowed
     * @return the problem ({@code JSON_LIMIT_EXCEEDED}), or null if the number is within bounds
     */
    public static Problem outOfBounds(BigDecimal value, String path, BigDecimal max) {
        if (value.scale() > MAX_SCALE) {
            return Problem.error(path, RuleCodes.JSON_LIMIT_EXCEEDED, "a number has at most " + MAX_SCALE
                    + " decimal places, was " + shown(value));
        }
        if (value.abs().compareTo(max) > 0) {
            return Problem.error(path, RuleCodes.JSON_LIMIT_EXCEEDED, "a number here is at most " + max.toPlainString()
                    + ", was " + shown(value));
        }
        return null;
    }

    /** A number for a message: in scientific notation when its plain writing would be long. */
    private static String shown(BigDecimal value) {
        return Math.abs((long) value.scale()) > 40 ? value.toString() : value.toPlainString();
    }
}
