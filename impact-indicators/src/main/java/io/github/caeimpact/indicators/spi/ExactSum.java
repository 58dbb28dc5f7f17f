package io.github.caeimpact.indicators.spi;

import java.math.BigDecimal;

/**
 * An exact sum of decimal values kept as a long count of the smallest unit seen (cents for money,
 * units for counts and days), without a BigDecimal per addition.
 *
 * <p>A value that does not fit in a long at the running scale, or an addition that would overflow
 * one, moves to a BigDecimal spill instead of wrapping; the total is then the long part plus the
 * spill. {@link #total()} equals, digit and scale, the BigDecimal sum of the same values starting
 * from {@link BigDecimal#ZERO} (scale 0): its scale is the largest scale added.
 */
final class ExactSum {

    /** The largest number of decimal places kept in the long part; 10^18 still fits in a long. */
    static final int MAX_SCALE = 18;

    private static final long[] POWERS_OF_TEN = new long[MAX_SCALE + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i <= MAX_SCALE; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** The long part: {@code unscaled × 10^-scale}. */
    private long unscaled;
    private int scale;
    /** What did not fit in the long part, null while everything fits. */
    private BigDecimal spill;

    /** Adds a value. */
    void add(BigDecimal value) {
        int valueScale = value.scale();
        if (valueScale < 0 || valueScale > MAX_SCALE || value.precision() > MAX_SCALE || !addUnscaled(unscaledOf(value), valueScale)) {
            addToSpill(value);
        }
    }

    /**
     * Adds {@code unscaledValue × 10^-valueScale} to the long part.
     *
     * @return false, leaving the sum unchanged, when the long part cannot take it without overflow
     */
    boolean addUnscaled(long unscaledValue, int valueScale) {
        if (valueScale < 0 || valueScale > MAX_SCALE) {
            return false;
        }
        long addend = unscaledValue;
        if (valueScale > scale) {
            long power = POWERS_OF_TEN[valueScale - scale];
            if (fitsTimes(unscaled, power)) {
                unscaled *= power;
            } else {
                // The running part cannot move to the finer scale: keep it exactly in the spill.
                addToSpill(BigDecimal.valueOf(unscaled, scale));
                unscaled = 0;
            }
            scale = valueScale;
        } else if (valueScale < scale) {
            long power = POWERS_OF_TEN[scale - valueScale];
            if (!fitsTimes(unscaledValue, power)) {
                return false;
            }
            addend = unscaledValue * power;
        }
        long result = unscaled + addend;
        if (((unscaled ^ result) & (addend ^ result)) < 0) {
            return false;
        }
        unscaled = result;
        return true;
    }

    /** Adds a value that the long part cannot take. */
    void addToSpill(BigDecimal value) {
        spill = spill == null ? value : spill.add(value);
    }

    /** Adds the other sum's values. */
    void merge(ExactSum other) {
        if (!addUnscaled(other.unscaled, other.scale)) {
            addToSpill(BigDecimal.valueOf(other.unscaled, other.scale));
        }
        if (other.spill != null) {
            addToSpill(other.spill);
        }
    }

    /** Returns the exact total, with the largest scale added (0 without values). */
    BigDecimal total() {
        BigDecimal part = BigDecimal.valueOf(unscaled, scale);
        return spill == null ? part : spill.add(part);
    }

    /** Returns the unscaled long of a value of precision at most 18. */
    static long unscaledOf(BigDecimal value) {
        return value.scale() == 0 ? value.longValue() : value.unscaledValue().longValue();
    }

    /** Tells whether {@code value × power} fits in a long. */
    private static boolean fitsTimes(long value, long power) {
        return Math.multiplyHigh(value, power) == (value * power) >> 63;
    }
}
