package io.github.caeimpact.sroi.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of numbers in formula text and rounding for presentation. */
final class Numbers {

    /** Decimal places of numbers shown in formula text. */
    static final int FORMULA_SCALE = 6;

    /**
     * The most decimal places an exact figure keeps: 40, i.e. parts of a currency unit below
     * 10<sup>-40</sup> are dropped (half-even). With {@link java.math.MathContext#DECIMAL128} this
     * bounds every figure, so that a result can always be written in plain notation and read back:
     * without it, hundreds of attribution shares of 0.999… multiply down to numbers of more than
     * 10,000 decimal places, which JSON writers refuse.
     */
    static final int MAX_SCALE = 40;

    private Numbers() {
    }

    /** Returns a value with at most {@link #MAX_SCALE} decimal places. */
    static BigDecimal bound(BigDecimal value) {
        return value.scale() > MAX_SCALE ? value.setScale(MAX_SCALE, RoundingMode.HALF_EVEN) : value;
    }

    /** Returns a number for formula text: at most 6 decimal places, no trailing zeros. */
    static String show(BigDecimal value) {
        BigDecimal shown = value.scale() > FORMULA_SCALE ? value.setScale(FORMULA_SCALE, RoundingMode.HALF_EVEN) : value;
        shown = shown.stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return shown.toPlainString();
    }

    /** Returns a value rounded for presentation: scale 2, half-even. */
    static BigDecimal present(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
