package io.github.caeimpact.sroi.uncertainty;

import java.util.List;
import java.util.Objects;

/**
 * What a Monte Carlo simulation of an impact map found: the distribution of the SROI ratio, the
 * present value and the NPV over the iterations, how likely the ratio is to exceed 1 and the
 * target, a histogram of the ratio and the parameters that drive it. The same map, iterations and
 * seed give the same result, bit for bit, whatever the number of threads.
 *
 * @param iterations the number of iterations
 * @param seed the seed
 * @param target the target ratio of {@link #probabilityRatioAboveTarget()}
 * @param sroiRatio the SROI ratio (present value / inputs)
 * @param presentValue the present value, in the map's currency
 * @param npv the net present value, in the map's currency
 * @param probabilityRatioAboveOne the share of iterations whose ratio exceeds 1
 * @param probabilityRatioAboveTarget the share of iterations whose ratio exceeds the target
 * @param histogram the ratio in {@value MonteCarlo#BINS} bins of equal width from its least to its
 *     greatest value (one bin if it does not vary)
 * @param driverIterations how many iterations (the first ones, at most
 *     {@value MonteCarlo#DRIVER_ITERATIONS}) the drivers are computed on
 * @param drivers every parameter written as a distribution whose draws vary, by decreasing
 *     magnitude of rank correlation with the ratio (empty if the ratio does not vary)
 */
public record MonteCarloResult(int iterations, long seed, double target, Summary sroiRatio, Summary presentValue,
        Summary npv, double probabilityRatioAboveOne, double probabilityRatioAboveTarget,
        List<HistogramBin> histogram, int driverIterations, List<Driver> drivers) {

    /**
     * Copies the lists.
     *
     * @param iterations the iterations
     * @param seed the seed
     * @param target the target
     * @param sroiRatio the ratio's summary
     * @param presentValue the present value's summary
     * @param npv the NPV's summary
     * @param probabilityRatioAboveOne P(ratio &gt; 1)
     * @param probabilityRatioAboveTarget P(ratio &gt; target)
     * @param histogram the histogram
     * @param driverIterations the iterations of the drivers
     * @param drivers the drivers
     */
    public MonteCarloResult {
        Objects.requireNonNull(sroiRatio, "sroiRatio");
        Objects.requireNonNull(presentValue, "presentValue");
        Objects.requireNonNull(npv, "npv");
        histogram = List.copyOf(histogram);
        drivers = List.copyOf(drivers);
    }
}
