package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.Warning;
import java.math.MathContext;
import java.util.List;

/** The warnings every result carries, decided in one place. */
public final class Results {

    /** The precision of every division: IEEE 754 decimal64, 16 significant digits, HALF_EVEN. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    private Results() {
    }

    /**
     * Checks that an accumulator to merge is of the same indicator.
     *
     * @param mine this accumulator's indicator id
     * @param theirs the other's indicator id
     * @throws IllegalArgumentException if they differ
     */
    public static void requireSameIndicator(String mine, String theirs) {
        if (!mine.equals(theirs)) {
            throw new IllegalArgumentException("cannot merge an accumulator of " + theirs + " into one of " + mine);
        }
    }
}
