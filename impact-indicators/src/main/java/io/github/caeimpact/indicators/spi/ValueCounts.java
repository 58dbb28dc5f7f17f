package io.github.caeimpact.indicators.spi;

import java.util.Arrays;

/**
 * A multiset of values kept as distinct values with their counts, read back sorted, so neither
 * the order values were added or merged in nor how they were kept can change a statistic.
 *
 * <p>Why counts: the values medians and paired changes keep are days, whole euros and survey
 * points, so a million people hold a few thousand distinct values instead of eight bytes per
 * person, once overall and once in every breakdown. A slot is 12 bytes and the table is kept
 * between three eighths and three quarters full: 16 to 32 bytes per distinct value, so values
 * that never repeat cost about twice a growing array's 8 to 16.
 */
final class ValueCounts {

    private static final long FREE = Long.MIN_VALUE; // the bits of -0.0, which add() keeps as 0.0
    private static final int MAX_VALUES = Integer.MAX_VALUE - 8; // what one array can hold when read back

    private long[] keys = newTable(16);
    private int[] counts = new int[16];
    private int distinct;
    private int size;

    private static long[] newTable(int capacity) {
        long[] table = new long[capacity];
        Arrays.fill(table, FREE);
        return table;
    }

    /**
     * Adds one value.
     *
     * @throws IllegalArgumentException if the value is NaN
     * @throws IllegalStateException past {@code Integer.MAX_VALUE - 8} values, which no array can hold
     */
    void add(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a kept value cannot be NaN");
        }
        add(Double.doubleToLongBits(value == 0 ? 0.0 : value), 1);
    }

    private void add(long bits, int times) {
        if (size > MAX_VALUES - times) {
            throw new IllegalStateException("more than " + MAX_VALUES + " values in one cell");
        }
        int slot = slot(bits);
        if (keys[slot] == FREE) {
            keys[slot] = bits;
            distinct++;
        }
        counts[slot] += times;
        size += times;
        if (distinct * 4L > keys.length * 3L) {
            grow();
        }
    }

    private int slot(long bits) {
        int mask = keys.length - 1;
        // Whole numbers as doubles have dozens of zero low bits: mix every bit into the low ones (MurmurHash3's finaliser).
        long mixed = (bits ^ (bits >>> 33)) * 0xFF51AFD7ED558CCDL;
        mixed = (mixed ^ (mixed >>> 33)) * 0xC4CEB9FE1A85EC53L;
        int slot = (int) ((mixed ^ (mixed >>> 33)) & mask);
        while (keys[slot] != FREE && keys[slot] != bits) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = newTable(oldKeys.length * 2);
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** Adds every value of another multiset, which is left unchanged. */
    void addAll(ValueCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != FREE) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    /** Returns the number of values added, repeats included. */
    int size() {
        return size;
    }

    /** Returns the number of different values added. */
    int distinct() {
        return distinct;
    }

    /** Returns every value added, repeats included, in ascending order: a new array. */
    double[] sorted() {
        double[] present = new double[distinct];
        int at = 0;
        for (long key : keys) {
            if (key != FREE) {
                present[at++] = Double.longBitsToDouble(key);
            }
        }
        Arrays.sort(present);
        double[] values = new double[size];
        int filled = 0;
        for (double value : present) {
            int times = counts[slot(Double.doubleToLongBits(value))];
            Arrays.fill(values, filled, filled + times, value);
            filled += times;
        }
        return values;
    }
}
