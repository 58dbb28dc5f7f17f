package io.github.caeimpact.indicators.spi;

import java.util.Arrays;

/** A growable primitive array of values: 8 bytes per value, no boxing. */
final class DoubleBag {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void addAll(DoubleBag other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    int size() {
        return size;
    }

    /** Returns a copy of the values, in insertion order: only order-insensitive statistics may read it. */
    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
