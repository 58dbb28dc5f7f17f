package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.indicators.stats.Intervals;

import java.util.Arrays;

/**
 * The distribution of one simulated figure (SROI ratio, present value or NPV) over the iterations
 * of a Monte Carlo simulation.
 *
 * <p>Percentiles interpolate linearly between order statistics (Hyndman and Fan's type 7, the
 * default of R and NumPy); {@code sd} is the sample standard deviation (divisor n − 1) and
 * {@code standardError} the Monte Carlo standard error of the mean, {@code sd / √n}.
 *
 * @param mean the mean
 * @param median the median (50th percentile)
 * @param sd the standard deviation
 * @param p5 the 5th percentile
 * @param p25 the 25th percentile
 * @param p75 the 75th percentile
 * @param p95 the 95th percentile
 * @param standardError the standard error of the mean
 */
public record Summary(double mean, double median, double sd, double p5, double p25, double p75, double p95,
        double standardError) {

    /**
     * Summarises values; sums run in index order, so that the same values give the same bits.
     *
     * @param values the values, at least one; not modified
     * @return the summary
     * @throws IllegalArgumentException if there are no values
     */
    public static Summary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("values: at least one is needed");
        }
        // Summing deviations from the first value keeps a constant figure's mean exactly that value.
        double shift = values[0];
        double sum = 0;
        for (double x : values) {
            sum += x - shift;
        }
        double mean = shift + sum / n;
        double squares = 0;
        for (double x : values) {
            squares += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Summary(mean, Intervals.quantile(sorted, 0.5), sd, Intervals.quantile(sorted, 0.05), Intervals.quantile(sorted, 0.25),
                Intervals.quantile(sorted, 0.75), Intervals.quantile(sorted, 0.95), sd / Math.sqrt(n));
    }
}
