package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void ranksRespectPolarity() {
        Benchmark benchmark = Benchmark.of(HandMadeDataset.report(), Catalogue.shipped());
        // ACT03 turnover (higher is better): cae-a 12000 + 40000 + 5000 + 8000 + 0 = 65000, cae-b 60000 + 2000 = 62000.
        assertThat(benchmark.positions("ACT03")).extracting(BenchmarkPosition::organisationId).containsExactly("cae-a", "cae-b");
        BenchmarkPosition first = benchmark.position("ACT03", "cae-a").orElseThrow();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.percentile()).isEqualTo(100.0);
        assertThat(benchmark.position("ACT03", "cae-b").orElseThrow().percentile()).isEqualTo(0.0);
        // ACT01 days to first invoice (lower is better): cae-a median of 10, 40, 90 = 40; cae-b median of 30, 200 = 115.
        assertThat(benchmark.position("ACT01", "cae-a").orElseThrow().rank()).isEqualTo(1);
        assertThat(benchmark.position("ACT01", "cae-b").orElseThrow().rank()).isEqualTo(2);
        // PUB02 is neutral: not ranked.
        assertThat(benchmark.positions("PUB02")).isEmpty();
    }

    @Test
    void tiesShareTheBetterRankAndHalfAPercentile() {
        Benchmark benchmark = Benchmark.of(HandMadeDataset.report(), Catalogue.shipped());
        // COO01: cae-a 0/1 (P2), cae-b 1/1 (P6): cae-b first. SKI05 >= 2 interviews: cae-a 3/5 (P1, P2, P4), cae-b 1/2 (P6).
        assertThat(benchmark.position("COO01", "cae-b").orElseThrow().rank()).isEqualTo(1);
        assertThat(benchmark.position("SKI05", "cae-a").orElseThrow().rank()).isEqualTo(1);
        // EXI04 in work at 6 months: cae-a 2/2 (P3, P4), cae-b 1/1 (P10): tied at 1.0, both rank 1, percentile 50.
        List<BenchmarkPosition> exi04 = benchmark.positions("EXI04");
        assertThat(exi04).extracting(BenchmarkPosition::rank).containsExactly(1, 1);
        assertThat(exi04).extracting(BenchmarkPosition::percentile).containsExactly(50.0, 50.0);
    }

    @Test
    void maskedCellsAreNotRanked() {
        IndicatorReport masked = IndicatorEngine.of(Catalogue.shipped()).measure(HandMadeDataset.dataset());
        Benchmark benchmark = Benchmark.of(masked, Catalogue.shipped());
        assertThat(benchmark.positionsOf("cae-b")).isEmpty();
    }

    @Test
    void reportWithoutOrganisationBreakdownIsRejected() {
        IndicatorReport report = IndicatorEngine.of(Catalogue.shipped()).measure(HandMadeDataset.dataset(),
                MeasureOptions.defaults().withBreakdowns(List.of(BreakdownKind.GENDER)));
        assertThatThrownBy(() -> Benchmark.of(report, Catalogue.shipped())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation");
    }
}
