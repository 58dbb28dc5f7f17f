package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.Parameter;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ParameterId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo simulation of an impact map: every parameter written as a {@link Distribution} is
 * drawn anew at each iteration, the others keep their value, and the compiled plan evaluates the
 * vector on its {@code double} path.
 *
 * <p>Iterations run in fixed blocks of {@value #BLOCK}; block {@code b} draws from its own
 * generator, an xoshiro256++ seeded from {@code (seed, b)} through SplitMix64 (Commons RNG), and
 * writes its figures at their iteration indexes. Blocks run in parallel on the given number of
 * threads, and the statistics are computed afterwards in iteration order, so that the result is
 * the same, bit for bit, on 1 or N threads. Within a block nothing is allocated per iteration.
 * Parameters are drawn in vector order at each iteration.
 */
public final class MonteCarlo {

    /** The number of iterations of one block. */
    public static final int BLOCK = 1024;

    /** The number of bins of the ratio's histogram. */
    public static final int BINS = 20;

    /** The number of first iterations the drivers' rank correlations are computed on, at most. */
    public static final int DRIVER_ITERATIONS = 10_000;

    /** The largest number of iterations of one run. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private MonteCarlo() {
    }

    /**
     * Runs a simulation.
     *
     * @param plan the compiled map
     * @param distributions the parameters written as distributions, by address; each must be a
     *     parameter of the plan whose range holds the distribution's support
     * @param iterations the number of iterations, 1 to {@value #MAX_ITERATIONS}
     * @param seed the seed
     * @param threads the number of threads, at least 1; it does not change the result
     * @param target the target ratio, finite
     * @return the result
     * @throws IllegalArgumentException if an argument is out of range or a distribution does not fit
     *     its parameter
     */
    public static MonteCarloResult run(EvaluationPlan plan, Map<ParameterId, Distribution> distributions,
            int iterations, long seed, int threads, double target) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(distributions, "distributions");
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations: must be 1 to " + MAX_ITERATIONS + ", was " + iterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target: must be finite, was " + target);
        }
        Draws draws = Draws.of(plan, distributions);
        Figures figures = new Figures(iterations, draws.size());
        int blocks = (iterations + BLOCK - 1) / BLOCK;
        if (threads == 1 || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                runBlock(plan, draws, figures, seed, b);
            }
        } else {
            parallel(plan, draws, figures, seed, blocks, Math.min(threads, blocks));
        }
        return figures.result(plan, draws, seed, target);
    }

    private static void parallel(EvaluationPlan plan, Draws draws, Figures figures, long seed, int blocks,
            int threads) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "monte-carlo");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                        runBlock(plan, draws, figures, seed, b);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a block of the simulation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runBlock(EvaluationPlan plan, Draws draws, Figures figures, long seed, int block) {
        UniformRandomProvider rng = Sampling.blockGenerator(seed, block);
        Sampling.Sampler[] samplers = draws.samplers(rng);
        int[] indexes = draws.indexes;
        double[] v = plan.baselineDoubles();
        EvaluationPlan.Evaluator evaluator = plan.evaluator();
        int first = block * BLOCK;
        int end = Math.min(figures.ratio.length, first + BLOCK);
        int driverEnd = Math.min(end, figures.driverIterations);
        for (int i = first; i < end; i++) {
            for (int u = 0; u < indexes.length; u++) {
                double x = samplers[u].sample();
                v[indexes[u]] = x;
                if (i < driverEnd) {
                    figures.drawn[u][i] = x;
                }
            }
            double ratio = evaluator.evaluate(v);
            figures.ratio[i] = ratio;
            figures.presentValue[i] = evaluator.presentValue();
            figures.npv[i] = evaluator.presentValue() - evaluator.totalInputs();
        }
    }

    /** The parameters drawn, in vector order. */
    private static final class Draws {
        final int[] indexes;
        final Distribution[] distributions;
        final double[] caps;

        private Draws(int[] indexes, Distribution[] distributions, double[] caps) {
            this.indexes = indexes;
            this.distributions = distributions;
            this.caps = caps;
        }

        static Draws of(EvaluationPlan plan, Map<ParameterId, Distribution> distributions) {
            List<Parameter> parameters = plan.parameters();
            for (ParameterId id : distributions.keySet()) {
                plan.indexOf(id);
            }
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                Parameter parameter = parameters.get(i);
                Distribution distribution = distributions.get(parameter.id());
                if (distribution != null) {
                    parameter.kind().problemWith(distribution).ifPresent(problem -> {
                        throw new IllegalArgumentException(parameter.id().jsonPath() + ": " + problem);
                    });
                    indexes.add(i);
                }
            }
            int n = indexes.size();
            Draws draws = new Draws(new int[n], new Distribution[n], new double[n]);
            for (int u = 0; u < n; u++) {
                Parameter parameter = parameters.get(indexes.get(u));
                draws.indexes[u] = indexes.get(u);
                draws.distributions[u] = distributions.get(parameter.id());
                draws.caps[u] = parameter.kind().highest();
            }
            return draws;
        }

        int size() {
            return indexes.length;
        }

        Sampling.Sampler[] samplers(UniformRandomProvider rng) {
            Sampling.Sampler[] samplers = new Sampling.Sampler[indexes.length];
            for (int u = 0; u < samplers.length; u++) {
                samplers[u] = Sampling.sampler(distributions[u], rng, caps[u]);
            }
            return samplers;
        }
    }

    /** The figures of every iteration, written by blocks at their own indexes. */
    private static final class Figures {
        final double[] ratio;
        final double[] presentValue;
        final double[] npv;
        final int driverIterations;
        final double[][] drawn;

        Figures(int iterations, int drawnParameters) {
            ratio = new double[iterations];
            presentValue = new double[iterations];
            npv = new double[iterations];
            driverIterations = Math.min(iterations, DRIVER_ITERATIONS);
            drawn = new double[drawnParameters][driverIterations];
        }

        MonteCarloResult result(EvaluationPlan plan, Draws draws, long seed, double target) {
            int n = ratio.length;
            long aboveOne = 0;
            long aboveTarget = 0;
            for (double r : ratio) {
                aboveOne += r > 1 ? 1 : 0;
                aboveTarget += r > target ? 1 : 0;
            }
            return new MonteCarloResult(n, seed, target, Summary.of(ratio), Summary.of(presentValue), Summary.of(npv),
                    (double) aboveOne / n, (double) aboveTarget / n, histogram(), driverIterations,
                    drivers(plan, draws));
        }

        private List<HistogramBin> histogram() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double r : ratio) {
                min = Math.min(min, r);
                max = Math.max(max, r);
            }
            if (min == max) {
                return List.of(new HistogramBin(min, max, ratio.length));
            }
            long[] counts = new long[BINS];
            double width = (max - min) / BINS;
            for (double r : ratio) {
                counts[Math.min(BINS - 1, (int) ((r - min) / width))]++;
            }
            List<HistogramBin> bins = new ArrayList<>();
            for (int k = 0; k < BINS; k++) {
                bins.add(new HistogramBin(min + k * width, k == BINS - 1 ? max : min + (k + 1) * width, counts[k]));
            }
            return bins;
        }

        private List<Driver> drivers(EvaluationPlan plan, Draws draws) {
            double[] ratios = java.util.Arrays.copyOf(ratio, driverIterations);
            double[] ratioRanks = RankCorrelation.ranks(ratios);
            List<Driver> drivers = new ArrayList<>();
            for (int u = 0; u < draws.size(); u++) {
                double rho = RankCorrelation.pearson(RankCorrelation.ranks(drawn[u]), ratioRanks);
                if (!Double.isNaN(rho)) {
                    Parameter parameter = plan.parameters().get(draws.indexes[u]);
                    drivers.add(new Driver(Vocabulary.name(parameter), parameter.outcomeId(), parameter.id().path(),
                            rho));
                }
            }
            drivers.sort(Comparator.comparingDouble((Driver d) -> Math.abs(d.rankCorrelation())).reversed());
            return drivers;
        }
    }
}
