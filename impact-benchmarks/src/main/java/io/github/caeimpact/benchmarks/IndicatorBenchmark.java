package io.github.caeimpact.benchmarks;

import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Measurement;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import java.util.List;
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
 * Measures the indicator engine: every indicator of the shipped catalogue with every breakdown,
 * over a synthetic consortium of seven cooperatives ({@link SampleCae#consortium(long, int, int)},
 * seed {@value #SEED}), in one pass and in two halves merged; 7 x 1,430 = 10,010 participants is the
 * in-memory figure the README reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 2)
public class IndicatorBenchmark {

    /** The seed of the generated consortium, fixed so that every run measures the same data. */
    public static final long SEED = 20_261_126L;

    /** Participants per cooperative (seven cooperatives); set by JMH from the listed values. */
    @Param({"150", "1430"})
    public int participantsEach;

    private Dataset dataset;
    private IndicatorEngine engine;
    private MeasureOptions options;

    /** Creates the benchmark state; JMH calls it, then {@link #setUp()}. */
    public IndicatorBenchmark() {
    }

    /** Generates the consortium and loads the catalogue and its calculators once. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = SampleCae.consortium(SEED, 7, participantsEach);
        engine = IndicatorEngine.of(Catalogue.shipped());
        options = MeasureOptions.defaults();
    }

    /**
     * Measures the whole consortium in one pass.
     *
     * @return the report
     */
    @Benchmark
    public IndicatorReport measure() {
        return engine.measure(dataset, options);
    }

    /**
     * Measures each half of the participants apart and merges the two measurements, as a parallel
     * or distributed run would.
     *
     * @return the report of the merged measurement
     */
    @Benchmark
    public IndicatorReport measureHalvesAndMerge() {
        List<Participant> people = dataset.participants();
        int half = people.size() / 2;
        Measurement first = start();
        people.subList(0, half).forEach(first::add);
        Measurement second = start();
        people.subList(half, people.size()).forEach(second::add);
        return first.merge(second).report();
    }

    private Measurement start() {
        return engine.start(dataset.period(), dataset.referenceDate(), dataset.organisations(), options);
    }

    /**
     * Returns the dataset measured, for checks.
     *
     * @return the generated consortium
     */
    public Dataset dataset() {
        return dataset;
    }
}
