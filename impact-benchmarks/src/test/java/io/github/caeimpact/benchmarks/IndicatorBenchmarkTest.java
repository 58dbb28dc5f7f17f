package io.github.caeimpact.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import org.junit.jupiter.api.Test;

class IndicatorBenchmarkTest {

    private static IndicatorBenchmark benchmark() {
        IndicatorBenchmark benchmark = new IndicatorBenchmark();
        benchmark.participantsEach = 40;
        benchmark.setUp();
        return benchmark;
    }

    @Test
    void measureCoversTheWholeConsortium() {
        IndicatorBenchmark benchmark = benchmark();
        IndicatorReport report = benchmark.measure();

        assertThat(report.participants()).isEqualTo(7 * 40);
        assertThat(report.indicators()).hasSize(Catalogue.shipped().definitions().size());
    }

    @Test
    void mergedHalvesGiveTheSameReportAsOnePass() {
        IndicatorBenchmark benchmark = benchmark();

        assertThat(benchmark.measureHalvesAndMerge().toJson()).isEqualTo(benchmark.measure().toJson());
        assertThat(benchmark.measure().toJson())
                .isEqualTo(IndicatorEngine.of(Catalogue.shipped()).measure(benchmark.dataset()).toJson());
    }
}
