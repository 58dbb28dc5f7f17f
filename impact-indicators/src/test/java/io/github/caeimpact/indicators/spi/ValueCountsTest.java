package io.github.caeimpact.indicators.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueCountsTest {

    @Test
    void repeatedValuesAreKeptOnceAndReadBackSortedWithTheirRepeats() {
        SplittableRandom random = new SplittableRandom(8);
        ValueCounts counts = new ValueCounts();
        double[] added = new double[200_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = random.nextInt(-3_000, 3_001); // whole euros of an income change
            counts.add(added[i]);
        }
        Arrays.sort(added);
        assertThat(counts.distinct()).isEqualTo(6_001);
        assertThat(counts.size()).isEqualTo(added.length);
        assertThat(counts.sorted()).isEqualTo(added);
    }

    @Test
    void valuesThatDoNotRepeatAreAllKept() {
        SplittableRandom random = new SplittableRandom(9);
        ValueCounts counts = new ValueCounts();
        double[] added = new double[50_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = Math.round(random.nextDouble() * 1e8) / 100.0; // turnover in cents
            counts.add(added[i]);
        }
        Arrays.sort(added);
        assertThat(counts.distinct()).isGreaterThan(49_000);
        assertThat(counts.sorted()).isEqualTo(added);
    }

    @Test
    void minusZeroIsKeptAsZero() {
        ValueCounts counts = new ValueCounts();
        counts.add(-0.0);
        counts.add(0.0);
        counts.add(-1.5);
        assertThat(counts.sorted()).containsExactly(-1.5, 0.0, 0.0);
        assertThat(Double.doubleToLongBits(counts.sorted()[1])).isEqualTo(Double.doubleToLongBits(0.0));
    }

    @Test
    void nanIsRefused() {
        assertThatThrownBy(() -> new ValueCounts().add(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    /** Seeded property: any split of few or many distinct values, merged in any order, reads back as the whole. */
    @Test
    void splitsOfCountedAndPlainValuesMergeToTheWholeInAnyOrder() {
        SplittableRandom random = new SplittableRandom(20_261_203L);
        for (int round = 0; round < 40; round++) {
            int n = random.nextInt(1, 40_000);
            int spread = List.of(10, 1_000, 1_000_000).get(random.nextInt(3));
            double[] added = new double[n];
            for (int i = 0; i < n; i++) {
                added[i] = random.nextInt(spread) / 4.0 - spread / 8.0;
            }
            ValueCounts whole = new ValueCounts();
            for (double value : added) {
                whole.add(value);
            }
            List<ValueCounts> parts = new ArrayList<>();
            int from = 0;
            while (from < n) {
                int to = Math.min(n, from + 1 + random.nextInt(n));
                ValueCounts part = new ValueCounts();
                for (int i = from; i < to; i++) {
                    part.add(added[i]);
                }
                parts.add(part);
                from = to;
            }
            Collections.shuffle(parts, new java.util.Random(random.nextLong()));
            ValueCounts merged = new ValueCounts();
            parts.forEach(merged::addAll);
            Arrays.sort(added);
            assertThat(merged.size()).as("round %d", round).isEqualTo(n);
            assertThat(merged.sorted()).as("round %d, %d values over %d, %d parts", round, n, spread, parts.size())
                    .isEqualTo(added);
            assertThat(whole.sorted()).isEqualTo(added);
        }
    }
}
