package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static List<List<String>> oneDimension(int cells) {
        List<List<String>> keys = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            keys.add(List.of("c" + i));
        }
        return keys;
    }

    @Test
    void cellBelowKIsMaskedWithTheNextSmallestAsComplement() {
        // Cells 3, 12, 7, 40 with k = 5: 3 is below k; alone it would be total - (12 + 7 + 40), so 7 (next smallest) is masked too.
        List<MaskReason> reasons = DisclosureControl.of(5).mask(oneDimension(4), new long[] {3, 12, 7, 40});
        assertThat(reasons).containsExactly(MaskReason.BELOW_THRESHOLD, null, MaskReason.COMPLEMENTARY, null);
    }

    @Test
    void twoCellsBelowKNeedNoComplement() {
        List<MaskReason> reasons = DisclosureControl.of(5).mask(oneDimension(3), new long[] {1, 4, 30});
        assertThat(reasons).containsExactly(MaskReason.BELOW_THRESHOLD, MaskReason.BELOW_THRESHOLD, null);
    }

    @Test
    void maskedCellsCountingFewerThanKTogetherTakeAnotherCell() {
        // Men 16, women 25, non-binary 0, undisclosed 1, k = 5: the two small cells are masked, but
        // together they hold 1 person, which total - (16 + 25) would reveal; men (16, the smaller
        // shown cell) join the mask, and the masked group holds 17 people.
        List<MaskReason> reasons = DisclosureControl.of(5).mask(oneDimension(4), new long[] {16, 25, 0, 1});
        assertThat(reasons).containsExactly(MaskReason.COMPLEMENTARY, null, MaskReason.BELOW_THRESHOLD,
                MaskReason.BELOW_THRESHOLD);
    }

    @Test
    void maskedGroupOfEveryLineReachesKInRandomLines() {
        long seed = 7_2026L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 2_000; c++) {
            int k = 2 + random.nextInt(9);
            int cells = 2 + random.nextInt(6);
            long[] counts = new long[cells];
            for (int i = 0; i < cells; i++) {
                counts[i] = random.nextInt(4) == 0 ? random.nextInt(k) : random.nextInt(60);
            }
            List<MaskReason> reasons = DisclosureControl.of(k).mask(oneDimension(cells), counts);
            long masked = reasons.stream().filter(r -> r != null).count();
            long maskedPeople = 0;
            for (int i = 0; i < cells; i++) {
                maskedPeople += reasons.get(i) == null ? 0 : counts[i];
            }
            if (masked > 0 && masked < cells) {
                assertThat(maskedPeople).as("seed %d case %d k %d counts %s masks %s", seed, c, k,
                        java.util.Arrays.toString(counts), reasons).isGreaterThanOrEqualTo(k);
                assertThat(masked).as("seed %d case %d", seed, c).isGreaterThan(1);
            }
        }
    }

    @Test
    void nothingMaskedWhenEveryCellReachesK() {
        assertThat(DisclosureControl.of(5).mask(oneDimension(3), new long[] {5, 9, 30})).containsOnlyNulls();
    }

    @Test
    void kMustBePositive() {
        assertThatThrownBy(() -> DisclosureControl.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noShownCellUnderKAndNoMaskedCellRecoverableInRandomTables() {
        long seed = 5_2026L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 2_000; c++) {
            int k = 1 + random.nextInt(10);
            boolean twoDimensions = random.nextBoolean();
            int rows = 1 + random.nextInt(6);
            int columns = twoDimensions ? 1 + random.nextInt(5) : 1;
            List<List<String>> keys = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int col = 0; col < columns; col++) {
                    if (twoDimensions && random.nextInt(6) == 0) {
                        continue; // an empty combination is simply absent
                    }
                    keys.add(twoDimensions ? List.of("r" + r, "c" + col) : List.of("r" + r));
                    counts.add((long) (random.nextBoolean() ? random.nextInt(k + 2) : random.nextInt(200)));
                }
            }
            long[] array = counts.stream().mapToLong(Long::longValue).toArray();
            List<MaskReason> reasons = DisclosureControl.of(k).mask(keys, array);
            String where = "seed " + seed + " case " + c + " k " + k + " keys " + keys + " counts " + counts + " masks " + reasons;
            for (int i = 0; i < array.length; i++) {
                if (reasons.get(i) == null) {
                    assertThat(array[i]).as(where).isGreaterThanOrEqualTo(k);
                }
            }
            // Attack by subtraction: for every published line total (rows, columns, and the grand total of a 1-D table),
            // total minus the shown cells is recoverable only if exactly one cell of the line is masked.
            int dims = twoDimensions ? 2 : 1;
            for (int d = 0; d < dims; d++) {
                Map<String, List<Integer>> lines = new LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    String rest = dims == 1 ? "all" : keys.get(i).get(1 - d);
                    lines.computeIfAbsent(rest, x -> new ArrayList<>()).add(i);
                }
                for (List<Integer> line : lines.values()) {
                    long masked = line.stream().filter(i -> reasons.get(i) != null).count();
                    if (line.size() > 1) {
                        assertThat(masked).as(where + " line " + line).isNotEqualTo(1L);
                    }
                }
            }
        }
    }

    @Test
    void maskLinesLeavesNoLineWithExactlyOneMaskedCell() {
        long seed = 6_006L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 300; c++) {
            int cells = 2 + random.nextInt(12);
            long[] counts = new long[cells];
            for (int i = 0; i < cells; i++) {
                counts[i] = random.nextInt(3) == 0 ? random.nextInt(5) : 5 + random.nextInt(40);
            }
            List<List<Integer>> lines = new ArrayList<>();
            for (int l = 0; l < 1 + random.nextInt(5); l++) {
                List<Integer> line = new ArrayList<>();
                for (int i = 0; i < cells; i++) {
                    if (random.nextBoolean()) {
                        line.add(i);
                    }
                }
                lines.add(line);
            }
            List<MaskReason> reasons = DisclosureControl.of(5).maskLines(counts, lines, java.util.Set.of());
            String where = "seed " + seed + " case " + c;
            for (int i = 0; i < cells; i++) {
                if (counts[i] < 5) {
                    assertThat(reasons.get(i)).as(where).isEqualTo(MaskReason.BELOW_THRESHOLD);
                }
            }
            for (List<Integer> line : lines) {
                if (line.size() < 2) {
                    continue; // a line of one cell is that cell: nothing to pair it with (see maskLines)
                }
                assertThat(line.stream().filter(i -> reasons.get(i) != null).count()).as(where + " line " + line).isNotEqualTo(1L);
            }
        }
    }

    @Test
    void maskLinesRefusesALineNamingNoCell() {
        assertThatThrownBy(() -> DisclosureControl.of(5).maskLines(new long[] {6, 7}, List.of(List.of(0, 2)), java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 2]");
    }

    @Test
    void theProtectionWidthIsHalfTheThresholdRoundedUp() {
        assertThat(DisclosureControl.of(5).protectionWidth()).isEqualTo(3);
        assertThat(DisclosureControl.of(10).protectionWidth()).isEqualTo(5);
        assertThat(DisclosureControl.of(2).protectionWidth()).isEqualTo(1);
        assertThat(DisclosureControl.of(1).protectionWidth()).isZero();
    }
}
