package io.github.caeimpact.examples.benchmarks;

import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.Parameter;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.result.SroiResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
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
 * Measures the valuation of the example impact map ({@link ImpactMaps#example()}): the whole
 * {@link SroiEngine#evaluate(ImpactMap)} (compile with the standard proxy library and price index,
 * loaded once and shared, then evaluate with the audit trail), the compilation alone, and a compiled {@link EvaluationPlan} evaluating parameter vectors, in
 * {@code BigDecimal} with the audit trail ({@link EvaluationPlan#evaluate(BigDecimal[])}) and on
 * the {@code double} fast path ({@link EvaluationPlan#presentValue(double[])}).
 *
 * <p>The plan benchmarks cycle through {@value #VECTORS} vectors drawn around the map's own values
 * with seed {@value #SEED}, as a sensitivity or Monte Carlo run does: quantities, proxies and input
 * amounts scaled by a factor in [0.8, 1.2), shares moved by up to ±0.05 within [0, 1]; durations
 * and discounting stay as in the map. Both paths evaluate the same points.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SroiBenchmark {

    /** The seed of the drawn parameter vectors. */
    public static final long SEED = 20_261_126L;

    /** How many parameter vectors the plan benchmarks cycle through (a power of two). */
    public static final int VECTORS = 256;

    /** Six significant digits: drawn values look like the figures of a real map. */
    private static final MathContext DRAWN = new MathContext(6);

    private ImpactMap map;
    private ProxyLibrary library;
    private PriceIndex index;
    private EvaluationPlan plan;
    private BigDecimal[][] decimalVectors;
    private double[][] doubleVectors;
    private int next;

    /** Creates the benchmark state; JMH calls it, then {@link #setUp()}. */
    public SroiBenchmark() {
    }

    /**
     * Reads the example map, compiles it with the standard proxy library and price index, and
     * draws the parameter vectors, each checked once on both paths so that no measurement times
     * an error path.
     *
     * @throws IllegalArgumentException if a drawn vector is outside a parameter's range
     */
    @Setup(Level.Trial)
    public void setUp() {
        map = ImpactMaps.example();
        library = ProxyLibrary.standard();
        index = PriceIndex.standard();
        plan = SroiEngine.compile(map, QuantityBindings.empty(), library, index);
        List<Parameter> parameters = plan.parameters();
        SplittableRandom random = new SplittableRandom(SEED);
        decimalVectors = new BigDecimal[VECTORS][];
        doubleVectors = new double[VECTORS][];
        for (int v = 0; v < VECTORS; v++) {
            BigDecimal[] decimals = new BigDecimal[parameters.size()];
            double[] doubles = new double[parameters.size()];
            for (int i = 0; i < decimals.length; i++) {
                decimals[i] = draw(parameters.get(i), random);
                doubles[i] = decimals[i].doubleValue();
            }
            plan.evaluate(decimals);
            plan.presentValue(doubles);
            decimalVectors[v] = decimals;
            doubleVectors[v] = doubles;
        }
        next = 0;
    }

    private static BigDecimal draw(Parameter parameter, SplittableRandom random) {
        double baseline = parameter.baseline().doubleValue();
        double drawn = switch (parameter.kind()) {
            case QUANTITY, PROXY, AMOUNT -> baseline * (0.8 + 0.4 * random.nextDouble());
            case SHARE -> Math.min(1, Math.max(0, baseline + 0.1 * random.nextDouble() - 0.05));
            case DURATION, RATE, BETA -> Double.NaN;
        };
        if (Double.isNaN(drawn)) {
            return parameter.baseline();
        }
        return BigDecimal.valueOf(drawn).round(DRAWN);
    }

    /**
     * Values the map as {@link SroiEngine#evaluate(ImpactMap)} does for a caller: compiling with
     * the shared standard proxy library and price index, then the reference evaluation with its
     * audit trail.
     *
     * @return the result
     */
    @Benchmark
    public SroiResult evaluateMap() {
        return SroiEngine.evaluate(map);
    }

    /**
     * Compiles the map into a plan with an already loaded proxy library and price index: the
     * fixed cost a sensitivity or Monte Carlo run pays once.
     *
     * @return the plan
     */
    @Benchmark
    public EvaluationPlan compile() {
        return SroiEngine.compile(map, QuantityBindings.empty(), library, index);
    }

    /**
     * Evaluates the compiled plan at the next drawn vector, in {@code BigDecimal} with the audit
     * trail.
     *
     * @return the result
     */
    @Benchmark
    public SroiResult planEvaluateDecimal() {
        BigDecimal[] values = decimalVectors[next];
        next = (next + 1) & (VECTORS - 1);
        return plan.evaluate(values);
    }

    /**
     * Returns the present value of the compiled plan at the next drawn vector, on the
     * {@code double} fast path.
     *
     * @return the present value in euros
     */
    @Benchmark
    public double planPresentValueDouble() {
        double[] values = doubleVectors[next];
        next = (next + 1) & (VECTORS - 1);
        return plan.presentValue(values);
    }
}
