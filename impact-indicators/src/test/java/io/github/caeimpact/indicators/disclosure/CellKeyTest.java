package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CellKeyTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final CellKey method = CellKey.of(KEY);

    @Test
    void anEmptyCountStaysEmptyWhateverItsKey() {
        for (long key = 0; key < 1L << 32; key += 1L << 24) {
            assertThat(method.perturbCount(0, key)).isZero();
        }
    }

    @Test
    void countNoisesFollowTheDocumentedTable() {
        // Cell keys spread evenly over 0..2^32 - 1 give each noise its probability exactly.
        Map<Long, Integer> noises = new TreeMap<>();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            long key = (long) Math.ceil(i * 4294967296.0 / n);
            noises.merge(method.perturbCount(100, key) - 100, 1, Integer::sum);
        }
        assertThat(noises).containsOnlyKeys(-2L, -1L, 0L, 1L, 2L);
        assertThat(noises.get(-2L)).isEqualTo(1_000);
        assertThat(noises.get(-1L)).isEqualTo(2_000);
        assertThat(noises.get(0L)).isEqualTo(4_000);
        assertThat(noises.get(1L)).isEqualTo(2_000);
        assertThat(noises.get(2L)).isEqualTo(1_000);
    }

    @Test
    void aCountOfOnePersonNeverBecomesZero() {
        for (long key = 0; key < 1L << 32; key += 1L << 24) {
            assertThat(method.perturbCount(1, key)).isBetween(1L, 3L);
        }
    }

    @Test
    void aSumMovesByHalfToAllOfTheFractionOfItsLargestContributionAndNeverByNothing() {
        BigDecimal sum = new BigDecimal("100000.00");
        BigDecimal largest = new BigDecimal("40000");
        int up = 0;
        for (long key = 0; key < 1000; key++) {
            BigDecimal change = method.perturbSum(sum, largest, key).subtract(sum).abs();
            assertThat(change).isBetween(new BigDecimal("4000"), new BigDecimal("8000"));
            up += method.perturbSum(sum, largest, key).compareTo(sum) > 0 ? 1 : 0;
        }
        assertThat(up).as("either sign, about half the time").isBetween(400, 600);
    }

    @Test
    void theSamePeopleGetTheSameNoiseInAnyOrder() {
        long a = method.recordKey("p-001");
        long b = method.recordKey("p-002");
        long c = method.recordKey("p-003");
        assertThat(CellKey.cellKey(List.of(a, b, c))).isEqualTo(CellKey.cellKey(List.of(c, a, b)));
        assertThat(CellKey.of(KEY).recordKey("p-001")).isEqualTo(a);
    }

    @Test
    void anotherKeyGivesOtherRecordKeys() {
        byte[] other = Arrays.copyOf(KEY, KEY.length);
        other[0] ^= 1;
        long same = 0;
        for (int i = 0; i < 100; i++) {
            same += CellKey.of(other).recordKey("p-" + i) == method.recordKey("p-" + i) ? 1 : 0;
        }
        assertThat(same).isZero();
    }

    @Test
    void recordKeysAreThirtyTwoBitNumbers() {
        for (int i = 0; i < 100; i++) {
            assertThat(method.recordKey("p-" + i)).isBetween(0L, 4294967295L);
        }
    }

    @Test
    void aShortKeyOrAFractionOutOfRangeIsRefused() {
        assertThatThrownBy(() -> CellKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> CellKey.of(KEY, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("magnitudeFraction");
        assertThatThrownBy(() -> CellKey.of(KEY, 1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("magnitudeFraction");
        assertThatThrownBy(() -> CellKey.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> method.perturbCount(-1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> method.perturbSum(BigDecimal.ONE, BigDecimal.valueOf(-1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("largest");
    }

    @Test
    void itsDescriptionNamesTheParametersNotTheKey() {
        assertThat(method.toString()).contains("0.2").doesNotContain("0123456789abcdef");
        assertThat(method.magnitudeFraction()).isEqualTo(CellKey.DEFAULT_MAGNITUDE_FRACTION);
    }
}
