package io.github.caeimpact.sroi.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of numbers in formula text and rounding for presentation. */
final class Numbers {

    /** Decimal places of numbers shown in formula text. */
    static final int FORMULA_SCALE = 6;

    private Numbers() {
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
