package io.github.caeimpact.benchmarks;

import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.Evidence;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.map.Stakeholder;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.uncertainty.BreakEven;
import io.github.caeimpact.sroi.uncertainty.BreakEvenAnalysis;
import io.github.caeimpact.sroi.uncertainty.MonteCarlo;
import io.github.caeimpact.sroi.uncertainty.MonteCarloResult;
import io.github.caeimpact.sroi.uncertainty.SensitivityAnalysis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the uncertainty analyses on the map of issue 7's targets ({@link #map()}): 40 outcomes
 * lasting 5 years whose deadweight, attribution, displacement and drop-off are triangular (160
 * drawn parameters). Targets: a Monte Carlo run of {@value #ITERATIONS} iterations within 0.25 s on
 * 2 threads and 0.5 s on one; one evaluation of the compiled plan within 1 µs; sensitivity and
 * break-even together within 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UncertaintyBenchmark {

    /** The iterations of one simulation. */
    public static final int ITERATIONS = 100_000;

    /** The seed of the map's figures and of the simulations. */
    public static final long SEED = 20_261_202L;

    private EvaluationPlan plan;
    private Map<ParameterId, Distribution> distributions;
    private EvaluationPlan.Evaluator evaluator;
    private double[] vector;

    /** Creates the benchmark state; JMH calls it, then {@link #setUp()}. */
    public UncertaintyBenchmark() {
    }

    /**
     * Returns the benchmark map: a forecast for 2025 at the FR_2021 rate (β = 1), one input of
     * 1,000,000 EUR, 40 outcomes of 5 years with seeded quantities (10 to 110) and inline proxies
     * (100 to 2,100 EUR), each deduction triangular around a seeded mode: deadweight on
     * [m − 0.1, m + 0.1] with m in [0.15, 0.35], attribution and displacement alike with m in
     * [0.1, 0.3], drop-off with m in [0.1, 0.3]; the fields hold the modes.
     *
     * @return the map with its distributions
     */
    public static ImpactMap map() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Outcome> outcomes = new ArrayList<>();
        Map<ParameterId, Distribution> drawn = new TreeMap<>();
        for (int o = 0; o < 40; o++) {
            BigDecimal dw = mode(random, 0.15);
            BigDecimal att = mode(random, 0.1);
            BigDecimal disp = mode(random, 0.1);
            BigDecimal drop = mode(random, 0.1);
            FinancialProxy proxy = FinancialProxy.of(decimal(100 + 2000 * random.nextDouble()), "EUR per person",
                    2025, "synthetic proxy");
            outcomes.add(new Outcome("o" + o, "people", null, "outcome " + o, null, null, null,
                    Quantity.of(decimal(10 + 100 * random.nextDouble())), ProxySpec.inline(proxy), BigDecimal.valueOf(5),
                    null, dw, disp, List.of(att), drop, null, Evidence.ESTIMATE, null, null));
            drawn.put(ParameterId.outcome(o, "deadweight"), triangular(dw));
            drawn.put(ParameterId.attribution(o, 0), triangular(att));
            drawn.put(ParameterId.outcome(o, "displacement"), triangular(disp));
            drawn.put(ParameterId.outcome(o, "dropOff"), triangular(drop));
        }
        return ImpactMap.forecast("benchmark: 40 outcomes, 5 years", 2025, Discounting.fr2021(BigDecimal.ONE),
                List.of(Stakeholder.of("people", "people supported")),
                List.of(Input.fromFunder("funder", "grant", BigDecimal.valueOf(1_000_000))), outcomes)
                .withDistributions(drawn);
    }

    private static BigDecimal mode(SplittableRandom random, double from) {
        return decimal(from + 0.2 * random.nextDouble()).setScale(3, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal decimal(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static Distribution triangular(BigDecimal mode) {
        BigDecimal width = new BigDecimal("0.1");
        return new Distribution.Triangular(mode.subtract(width), mode, mode.add(width), null);
    }

    /** Compiles the map and prepares one vector for the evaluation benchmark. */
    @Setup(Level.Trial)
    public void setUp() {
        ImpactMap map = map();
        plan = SroiEngine.compile(map, QuantityBindings.empty(), ProxyLibrary.standard(), PriceIndex.standard());
        distributions = map.distributions();
        evaluator = plan.evaluator();
        vector = plan.baselineDoubles();
    }

    /**
     * Simulates {@value #ITERATIONS} iterations on 2 threads.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MonteCarloResult monteCarloTwoThreads() {
        return MonteCarlo.run(plan, distributions, ITERATIONS, SEED, 2, 1);
    }

    /**
     * Simulates {@value #ITERATIONS} iterations on one thread.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MonteCarloResult monteCarloOneThread() {
        return MonteCarlo.run(plan, distributions, ITERATIONS, SEED, 1, 1);
    }

    /**
     * Evaluates the compiled plan at one vector on the allocation-free {@code double} path.
     *
     * @return the SROI ratio
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double evaluateOnce() {
        return evaluator.evaluate(vector);
    }

    /**
     * Runs the one-way sensitivity (± 20 %) and the break-even values at ratio 1.
     *
     * @return the break-even rows
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<BreakEven> sensitivityAndBreakEven() {
        SensitivityAnalysis.of(plan, distributions, SensitivityAnalysis.DEFAULT_PERCENT);
        return BreakEvenAnalysis.of(plan, BreakEvenAnalysis.DEFAULT_TARGET);
    }
}
