package io.github.caeimpact.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Release;
import org.junit.jupiter.api.Test;

class ReleaseBenchmarkTest {

    @Test
    void bothReleasesOfTheShippedSampleMaskTheSameCellsAndOnlyOneIsPerturbed() {
        ReleaseBenchmark benchmark = new ReleaseBenchmark();
        benchmark.participantsEach = 0;
        benchmark.setUp();
        Release plain = benchmark.release();
        Release perturbed = benchmark.perturbedRelease();

        assertThat(plain.indicators().participants()).isEqualTo(42);
        assertThat(plain.disclosure().cellKey()).isFalse();
        assertThat(perturbed.disclosure().cellKey()).isTrue();
        assertThat(perturbed.disclosure().masked()).isEqualTo(plain.disclosure().masked());
    }
}
