package io.github.caeimpact.indicators.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Small-cell suppression for tables of people counts.
 *
 * <p>Callers pass the number of people each cell concerns; the indicator reports pass the people
 * counted, or when nobody was counted the people concerned but missing (counted + missing), so that
 * a cell of one missing answer is masked like a cell of one answer.
 *
 * <p>A table's cells are keyed by one category per dimension (one dimension for a breakdown by
 * gender, two for gender by age band). Every line of the table (cells agreeing on all dimensions
 * but one) is assumed to have a published total. Rules: a cell counting fewer than {@code k} people
 * is masked ({@link MaskReason#BELOW_THRESHOLD}); then, while some line holds exactly one masked
 * cell, or masked cells counting together fewer than {@code k} people (such as cells of 0 and 1),
 * the smallest shown cell of that line is masked too ({@link MaskReason#COMPLEMENTARY}), so that no
 * line total minus its shown cells reveals a masked cell or a group of fewer than {@code k}
 * people. Deterministic: ties are broken by cell order.
 *
 * @param k the threshold: cells counting fewer people are masked; at least 1
 */
public record DisclosureControl(int k) {

    /** The default threshold, 5 people. */
    public static final int DEFAULT_K = 5;

    /**
     * Checks the threshold.
     *
     * @param k the threshold, at least 1
     * @throws IllegalArgumentException if k is below 1
     */
    public DisclosureControl {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    /**
     * Returns the control with a threshold.
     *
     * @param k the threshold, at least 1
     * @return the control
     */
    public static DisclosureControl of(int k) {
        return new DisclosureControl(k);
    }

    /**
     * Returns the protection width of a masked count: the narrowest interval, in people, that a
     * reader combining every published figure must still be left with for it. Half the threshold,
     * rounded up (3 for k = 5), in the manner of the protection levels of tau-ARGUS (Hundepool et
     * al., Statistical Disclosure Control, Wiley 2012, section 4.3): a reader who learns that a
     * masked cell counts 1 to 3 people, say, cannot tell 1 from 3. 0 when k is 1 (nothing masked).
     *
     * @return the width in people
     */
    public int protectionWidth() {
        return k == 1 ? 0 : (k + 1) / 2;
    }

    /**
     * Tells whether one published figure counting {@code count} people must be masked.
     *
     * @param count the number of people
     * @return true if it counts fewer than k people
     */
    public boolean isBelowThreshold(long count) {
        return count < k;
    }

    /**
     * Decides which cells of a table to mask.
     *
     * @param keys each cell's categories, one per dimension, all of the same length; distinct
     * @param counts each cell's number of people, not negative
     * @return for each cell, the reason it is masked, or null if it is shown
     * @throws IllegalArgumentException if the sizes differ or a key has the wrong length
     */
    public List<MaskReason> mask(List<List<String>> keys, long[] counts) {
        return mask(keys, counts, Set.of());
    }

    /**
     * Decides which cells of a table to mask, some cells being masked from the start because a
     * published total they add up to is masked elsewhere (for instance the row of a gender whose
     * figure is masked in the breakdown by gender, in the table of gender by age band).
     *
     * @param keys each cell's categories, one per dimension, all of the same length; distinct
     * @param counts each cell's number of people, not negative
     * @param forced indices of cells to mask from the start ({@link MaskReason#COMPLEMENTARY} unless below k)
     * @return for each cell, the reason it is masked, or null if it is shown
     * @throws IllegalArgumentException if the sizes differ or a key has the wrong length
     */
    public List<MaskReason> mask(List<List<String>> keys, long[] counts, Set<Integer> forced) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(forced, "forced");
        Objects.requireNonNull(counts, "counts");
        if (keys.size() != counts.length) {
            throw new IllegalArgumentException(keys.size() + " keys for " + counts.length + " counts");
        }
        if (counts.length == 0) {
            return List.of();
        }
        int dimensions = keys.get(0).size();
        for (int i = 0; i < counts.length; i++) {
            if (keys.get(i).size() != dimensions) {
                throw new IllegalArgumentException("cell " + i + " has " + keys.get(i).size() + " categories, expected " + dimensions);
            }
        }
        return maskLines(counts, lines(keys, dimensions), forced);
    }

    /**
     * Decides which cells to mask when the published relations between cells are given directly:
     * each line is a set of cells whose sum is published (or derivable), so that a line holding
     * exactly one masked cell would reveal it. Cells counting fewer than k people are masked; then,
     * while some line holds exactly one masked cell, or masked cells counting together fewer than k
     * people, its smallest shown cell is masked too (ties by index). Used for linked tables, e.g. organisations nested in territories: the line of a
     * territory holds the territory's cell and its organisations' cells (territory minus its
     * organisations is zero). A line of a single cell cannot be protected this way (its sum is the
     * cell): callers must not publish the sum of such a line when its cell is masked.
     *
     * @param counts each cell's number of people, not negative
     * @param lines the lines, each a list of cell indices
     * @param forced indices of cells to mask from the start ({@link MaskReason#COMPLEMENTARY} unless below k)
     * @return for each cell, the reason it is masked, or null if it is shown
     * @throws IllegalArgumentException if a line names a cell that does not exist
     */
    public List<MaskReason> maskLines(long[] counts, List<List<Integer>> lines, Set<Integer> forced) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(forced, "forced");
        MaskReason[] reasons = new MaskReason[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < k) {
                reasons[i] = MaskReason.BELOW_THRESHOLD;
            } else if (forced.contains(i)) {
                reasons[i] = MaskReason.COMPLEMENTARY;
            }
        }
        for (List<Integer> line : lines) {
            for (Integer i : line) {
                if (i == null || i < 0 || i >= counts.length) {
                    throw new IllegalArgumentException("line " + line + " names a cell outside 0.." + (counts.length - 1));
                }
            }
        }
        return maskLines(counts, lines, reasons, k);
    }

    // One masked cell in a line is recovered by subtraction from the line's total. Several masked
    // cells counting together fewer than k people reveal a small group (cells of 0 and 1 reveal one
    // person). Either way the line's smallest shown cell joins the mask.
    private static List<MaskReason> maskLines(long[] counts, List<List<Integer>> lines, MaskReason[] reasons, int k) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> line : lines) {
                long masked = line.stream().filter(i -> reasons[i] != null).count();
                long maskedPeople = line.stream().filter(i -> reasons[i] != null).mapToLong(i -> counts[i]).sum();
                if (masked == 1 || masked > 1 && maskedPeople < k) {
                    Integer partner = line.stream().filter(i -> reasons[i] == null)
                            .min(Comparator.comparingLong((Integer i) -> counts[i]).thenComparingInt(i -> i))
                            .orElse(null);
                    if (partner != null) {
                        reasons[partner] = MaskReason.COMPLEMENTARY;
                        changed = true;
                    }
                }
            }
        }
        return Arrays.asList(reasons);
    }

    private static List<List<Integer>> lines(List<List<String>> keys, int dimensions) {
        List<List<Integer>> lines = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            Map<List<String>, List<Integer>> byRest = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                List<String> rest = new ArrayList<>(keys.get(i));
                rest.remove(d);
                byRest.computeIfAbsent(rest, r -> new ArrayList<>()).add(i);
            }
            lines.addAll(byRest.values());
        }
        return lines;
    }
}
