package io.github.caeimpact.indicators.stats;

/**
 * Order statistics in linear expected time (Hoare's selection with a median-of-three pivot),
 * rearranging the array in place: the k-th smallest value is well defined whatever the input
 * order, so results do not depend on how values were gathered or merged.
 */
final class Selection {

    private Selection() {
    }

    /**
     * Returns the k-th smallest value (0-based) of {@code values[from..to)}, leaving that range
     * partitioned around it: smaller-or-equal values before index k, larger-or-equal after.
     */
    static double select(double[] values, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // Median of three keeps sorted and reverse-sorted inputs linear.
            if (values[mid] < values[lo]) {
                swap(values, mid, lo);
            }
            if (values[hi] < values[lo]) {
                swap(values, hi, lo);
            }
            if (values[hi] < values[mid]) {
                swap(values, hi, mid);
            }
            double pivot = values[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(values, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** Returns the largest value of {@code values[from..to)}. */
    static double max(double[] values, int from, int to) {
        double max = values[from];
        for (int i = from + 1; i < to; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    private static void swap(double[] values, int i, int j) {
        double t = values[i];
        values[i] = values[j];
        values[j] = t;
    }
}
