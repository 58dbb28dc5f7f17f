package io.github.caeimpact.sroi.uncertainty;

/**
 * One bin of the histogram of the simulated SROI ratio: the iterations whose ratio lies in
 * {@code [from, to)} (the last bin includes its upper end).
 *
 * @param from the lower end
 * @param to the upper end
 * @param count the number of iterations in the bin
 */
public record HistogramBin(double from, double to, long count) {
}
