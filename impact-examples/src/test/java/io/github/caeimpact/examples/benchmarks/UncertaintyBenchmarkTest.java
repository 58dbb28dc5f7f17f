package io.github.caeimpact.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.uncertainty.MonteCarloResult;
import org.junit.jupiter.api.Test;

class UncertaintyBenchmarkTest {

    @Test
    void theMapHasFortyFiveYearOutcomesWithTriangularDeductions() {
        ImpactMap map = UncertaintyBenchmark.map();
        assertThat(map.outcomes()).hasSize(40);
        assertThat(map.outcomes()).allSatisfy(o -> assertThat(o.durationYears()).isEqualByComparingTo("5"));
        assertThat(map.distributions()).hasSize(160);
        assertThat(map.distributions().values()).allMatch(Distribution.Triangular.class::isInstance);
        assertThat(ImpactMaps.validate(map).isValid()).isTrue();
    }

    @Test
    void eachBenchmarkComputesWhatItNames() {
        UncertaintyBenchmark benchmark = new UncertaintyBenchmark();
        benchmark.setUp();
        assertThat(benchmark.evaluateOnce()).isPositive();
        assertThat(benchmark.sensitivityAndBreakEven()).hasSize(40 * 8 + 1);
        MonteCarloResult one = benchmark.monteCarloOneThread();
        assertThat(one.iterations()).isEqualTo(UncertaintyBenchmark.ITERATIONS);
        assertThat(one.drivers()).hasSize(160);
        assertThat(benchmark.monteCarloTwoThreads()).isEqualTo(one);
    }
}
