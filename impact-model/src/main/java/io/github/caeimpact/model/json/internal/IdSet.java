package io.github.caeimpact.model.json.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The participant ids seen by a streamed read, to find duplicates, kept compactly: the characters
 * of every id in one growing array, and an open-addressing table of where each id starts: 2 bytes
 * per character and 16 to 24 bytes per id, plus the slack of arrays that double, because a read of
 * a million participants keeps them all (ids of 19 characters: 72 bytes per id measured at
 * about 700,000 ids, up to about 90 just after the arrays double, against about 108 in a
 * {@code HashSet<String>}).
 */
final class IdSet {

    private static final int FREE = -1;

    /** The characters of the ids, one after another. */
    private char[] chars = new char[1 << 12];
    private int used;
    /** Where each id starts in {@link #chars}, and its length, in insertion order. */
    private int[] starts = new int[1 << 8];
    private int[] lengths = new int[1 << 8];
    private int size;
    /** Open addressing: the index of an id in {@link #starts}, or {@link #FREE}; at most half full. */
    private int[] table = newTable(1 << 9);

    private static int[] newTable(int capacity) {
        int[] table = new int[capacity];
        Arrays.fill(table, FREE);
        return table;
    }

    /**
     * Adds an id.
     *
     * @param id the id, not null
     * @return true if it was not there yet
     */
    boolean add(String id) {
        Objects.requireNonNull(id, "id");
        int mask = table.length - 1;
        for (int slot = spread(id.hashCode()) & mask;; slot = (slot + 1) & mask) {
            int index = table[slot];
            if (index == FREE) {
                table[slot] = store(id);
                if (2 * size > table.length) {
                    grow();
                }
                return true;
            }
            if (same(index, id)) {
                return false;
            }
        }
    }

    /**
     * Returns the number of ids added.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    private int store(String id) {
        if (used + id.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + id.length()));
        }
        id.getChars(0, id.length(), chars, used);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        starts[size] = used;
        lengths[size] = id.length();
        used += id.length();
        return size++;
    }

    private boolean same(int index, String id) {
        if (lengths[index] != id.length()) {
            return false;
        }
        int start = starts[index];
        for (int i = 0; i < id.length(); i++) {
            if (chars[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        int[] bigger = newTable(table.length * 2);
        int mask = bigger.length - 1;
        for (int index = 0; index < size; index++) {
            int slot = spread(hash(index)) & mask;
            while (bigger[slot] != FREE) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = index;
        }
        table = bigger;
    }

    /** The hash of a stored id, as {@link String#hashCode()} computes it. */
    private int hash(int index) {
        int hash = 0;
        for (int i = starts[index], end = starts[index] + lengths[index]; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** Spreads the high bits of a string's hash to the low ones used by the table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
