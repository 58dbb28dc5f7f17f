package io.github.caeimpact.benchmarks;

import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures a release: the indicators with every breakdown and the ESF+ table measured, masked
 * together (primary rules, nested differences, line rule, rounds of linear-programming audit), with
 * and without the cell-key perturbation, over the shipped 42-person sample and a synthetic
 * consortium of seven cooperatives ({@link SampleCae#consortium(long, int, int)}, seed
 * {@value #SEED}). A release is single-threaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@org.openjdk.jmh.annotations.Measurement(iterations = 3, time = 5)
public class ReleaseBenchmark {

    /** The seed of the generated consortium, fixed so that every run measures the same data. */
    public static final long SEED = 20_261_202L;

    /** Participants per cooperative of the consortium (seven cooperatives), 0 for the shipped sample; set by JMH. */
    @Param({"0", "80"})
    public int participantsEach;

    private Dataset dataset;
    private IndicatorEngine engine;
    private MeasureOptions options;
    private CellKey cellKey;

    /** Creates the benchmark state; JMH calls it, then {@link #setUp()}. */
    public ReleaseBenchmark() {
    }

    /** Generates the data and loads the catalogue once. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = participantsEach == 0 ? SampleCae.shipped() : SampleCae.consortium(SEED, 7, participantsEach);
        engine = IndicatorEngine.of(Catalogue.shipped());
        options = MeasureOptions.defaults();
        cellKey = CellKey.of("a benchmark key, thirty-two bytes".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Publishes the release, masked and audited.
     *
     * @return the release
     */
    @Benchmark
    public Release release() {
        return Release.of(engine, dataset, options);
    }

    /**
     * Publishes the release, masked, audited and perturbed by the cell-key method.
     *
     * @return the release
     */
    @Benchmark
    public Release perturbedRelease() {
        return Release.of(engine, dataset, options, cellKey);
    }
}
