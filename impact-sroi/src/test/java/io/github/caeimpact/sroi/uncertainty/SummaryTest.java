package io.github.caeimpact.sroi.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void percentilesInterpolateBetweenOrderStatisticsAsRAndNumPyDo() {
        // Sorted 1, 2, 3, 4: percentile p sits at h = 3p: p5 → 1.15, p25 → 1.75, p50 → 2.5,
        // p75 → 3.25, p95 → 3.85. Mean 2.5; sd = √((2.25 + 0.25 + 0.25 + 2.25) / 3) = √(5/3).
        Summary summary = Summary.of(new double[] {4, 1, 3, 2});
        assertThat(summary.p5()).isCloseTo(1.15, within(1e-15));
        assertThat(summary.p25()).isCloseTo(1.75, within(1e-15));
        assertThat(summary.median()).isEqualTo(2.5);
        assertThat(summary.p75()).isCloseTo(3.25, within(1e-15));
        assertThat(summary.p95()).isCloseTo(3.85, within(1e-15));
        assertThat(summary.mean()).isEqualTo(2.5);
        assertThat(summary.sd()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(summary.standardError()).isCloseTo(Math.sqrt(5.0 / 3) / 2, within(1e-15));
    }

    @Test
    void aConstantFigureHasThatValueForEveryStatisticExactly() {
        double x = 1.3329446064139942;
        double[] values = new double[1001];
        java.util.Arrays.fill(values, x);
        Summary summary = Summary.of(values);
        assertThat(new double[] {summary.mean(), summary.median(), summary.p5(), summary.p95()}).containsOnly(x);
        assertThat(summary.sd()).isZero();
    }

    @Test
    void oneValueHasNoSpreadAndNoValueIsRefused() {
        assertThat(Summary.of(new double[] {3}).sd()).isZero();
        assertThatThrownBy(() -> Summary.of(new double[0])).hasMessage("values: at least one is needed");
    }
}
