package io.github.caeimpact.indicators.stats;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Confidence intervals for the statistics indicators report.
 *
 * <p>When an interval is withheld, one rule per statistic, always the same: a Wilson interval
 * without trials; a Student t interval with fewer than 2 values or with zero variance (every value
 * equal: the interval would have zero width, which is not a 95 % statement); an order-statistic
 * median interval when n is too small for the level (the binomial quantile is 0: n &lt;= 5 at 95 %);
 * a bootstrap median interval with fewer than 2 values.
 */
public final class Intervals {

    /** The fewest bootstrap resamples accepted for a reported median interval. */
    public static final int MIN_BOOTSTRAP_RESAMPLES = 10_000;

    private Intervals() {
    }

    /**
     * Returns the Wilson score interval of a proportion (Wilson 1927), as R's
     * {@code prop.test(successes, trials, correct = FALSE)} reports it.
     *
     * @param successes the numerator, 0..trials
     * @param trials the denominator
     * @param level the confidence level, e.g. 0.95
     * @return the interval, or empty when there are no trials
     * @throws IllegalArgumentException if successes is outside 0..trials
     */
    public static Optional<ConfidenceInterval> wilson(long successes, long trials, double level) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in 0.." + trials + ", was " + successes);
        }
        if (trials == 0) {
            return Optional.empty();
        }
        if (trials > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many trials for the interval: " + trials);
        }
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double n = trials;
        double share = successes / n;
        double zz = z * z;
        double centre = (share + zz / (2 * n)) / (1 + zz / n);
        double half = z / (1 + zz / n) * Math.sqrt(share * (1 - share) / n + zz / (4 * n * n));
        // At 0 and n successes the Wilson bound is exactly 0 or 1; rounding would leave a 1e-17 residue.
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == trials ? 1 : Math.min(1, centre + half);
        return Optional.of(new ConfidenceInterval(lower, upper, level, IntervalMethod.WILSON));
    }

    /**
     * Returns the Student t interval of a mean, as R's {@code t.test(x)} reports it.
     *
     * @param n the number of observations
     * @param mean the sample mean
     * @param variance the unbiased sample variance (divided by n - 1)
     * @param level the confidence level, e.g. 0.95
     * @return the interval, or empty with fewer than 2 observations or a variance of zero (a
     *     zero-width interval would claim a certainty that n equal values do not give)
     */
    public static Optional<ConfidenceInterval> studentT(long n, double mean, double variance, double level) {
        if (n < 2 || !Double.isFinite(mean) || !Double.isFinite(variance) || variance <= 0) {
            return Optional.empty();
        }
        double quantile = TDistribution.of(n - 1.0).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = quantile * Math.sqrt(Math.max(0, variance) / n);
        return Optional.of(new ConfidenceInterval(mean - half, mean + half, level, IntervalMethod.STUDENT_T));
    }

    /**
     * Returns the median of values, as R's {@code median()}: the middle value, or the mean of the
     * two middle values when their number is even; found by selection in linear expected time.
     *
     * @param values the values, in any order; not modified
     * @return the median, NaN for no values
     */
    public static double median(double[] values) {
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] work = values.clone();
        double upper = Selection.select(work, 0, n, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        // After selecting n/2, the values before it are the smaller half; their maximum is the other middle.
        double lower = Selection.max(work, 0, n / 2);
        return (lower + upper) / 2;
    }

    /**
     * Returns the distribution-free confidence interval of a median from order statistics (the
     * binomial or sign-test interval; Conover, <i>Practical Nonparametric Statistics</i>, 3rd ed.,
     * §3.2): with k = the (1 - level)/2 quantile of Binomial(n, 1/2), R's
     * {@code qbinom((1 - level) / 2, n, 0.5)}, the interval is [x(k), x(n - k + 1)] of the sorted
     * values, 1-based. Its coverage is exact, 1 - 2 P(B &lt;= k - 1), at least the level (0.9785 for
     * n = 10 at 95 %); it uses no resampling, so it is deterministic. Selection finds the two order
     * statistics in linear expected time.
     *
     * @param values the values, in any order; not modified
     * @param level the confidence level, e.g. 0.95
     * @return the interval, or empty when n is too small for the level (k = 0: n &lt;= 5 at 95 %)
     */
    public static Optional<ConfidenceInterval> orderStatisticMedian(double[] values, double level) {
        int n = values.length;
        if (n == 0) {
            return Optional.empty();
        }
        int k = BinomialDistribution.of(n, 0.5).inverseCumulativeProbability((1 - level) / 2);
        if (k < 1) {
            return Optional.empty();
        }
        double[] work = values.clone();
        double lower = Selection.select(work, 0, n, k - 1);
        double upper = Selection.select(work, 0, n, n - k);
        return Optional.of(new ConfidenceInterval(lower, upper, level, IntervalMethod.ORDER_STATISTIC));
    }

    /**
     * Returns the percentile bootstrap interval of a median: {@code resamples} resamples with
     * replacement, and the R type-7 quantiles of their medians at (1 - level)/2 and (1 + level)/2.
     * The generator's seed is derived from the sorted values and {@code seed}, so the same values in
     * any order (for instance merged in any order) give the same interval.
     *
     * @param values the observations, in any order; not modified
     * @param level the confidence level, e.g. 0.95
     * @param resamples the number of bootstrap resamples, at least 100 ({@link #MIN_BOOTSTRAP_RESAMPLES}
     *     for a reported interval; fewer only for tests)
     * @param seed a seed mixed with the data-derived one; reports state it
     * @return the interval, or empty with fewer than 2 observations
     * @throws IllegalArgumentException if resamples is below 100
     */
    public static Optional<ConfidenceInterval> bootstrapMedian(double[] values, double level, int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be at least 100, was " + resamples);
        }
        int n = values.length;
        if (n < 2) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        SplittableRandom random = new SplittableRandom(dataSeed(sorted, seed));
        double[] medians = new double[resamples];
        int[] counts = new int[n];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[random.nextInt(n)]++;
            }
            // The resample is the sorted array with multiplicities, so its order statistics come from a running count.
            medians[b] = n % 2 == 1 ? orderStatistic(sorted, counts, n / 2)
                    : (orderStatistic(sorted, counts, n / 2 - 1) + orderStatistic(sorted, counts, n / 2)) / 2;
        }
        Arrays.sort(medians);
        double lower = quantile(medians, (1 - level) / 2);
        double upper = quantile(medians, (1 + level) / 2);
        return Optional.of(new ConfidenceInterval(lower, upper, level, IntervalMethod.PERCENTILE_BOOTSTRAP));
    }

    /**
     * Returns a quantile of sorted values, interpolated linearly between order statistics
     * (Hyndman and Fan's type 7, the default of R's {@code quantile} and of NumPy).
     *
     * @param sorted values in ascending order, at least one
     * @param p the probability, 0..1
     * @return the quantile; equal neighbours give their value exactly
     * @throws IllegalArgumentException if there are no values or p is outside 0..1
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile needs values and p in 0..1, was " + sorted.length + " values, p = " + p);
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double lower = sorted[below];
        double upper = sorted[below + 1];
        return lower == upper ? lower : lower + (h - below) * (upper - lower);
    }

    private static double orderStatistic(double[] sorted, int[] counts, int rank) {
        int seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen > rank) {
                return sorted[i];
            }
        }
        return sorted[sorted.length - 1];
    }

    private static long dataSeed(double[] sorted, long seed) {
        long hash = seed ^ 0x9E3779B97F4A7C15L * (sorted.length + 1L);
        for (double value : sorted) {
            hash = (hash ^ Double.doubleToLongBits(value)) * 0x100000001B3L;
        }
        return hash;
    }
}
