package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DominanceRule;
import io.github.caeimpact.indicators.stats.IntervalMethod;
import io.github.caeimpact.indicators.stats.Intervals;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a dataset is measured: disclosure threshold, confidence level, median interval method and
 * bootstrap settings, warning thresholds and which breakdowns to compute.
 *
 * @param disclosureThreshold k: published cells counting fewer people are masked, at least 1
 * @param confidenceLevel the level of every interval, in (0, 1)
 * @param bootstrapResamples the number of bootstrap resamples for medians when {@code medianInterval}
 *     is the bootstrap, at least {@value Intervals#MIN_BOOTSTRAP_RESAMPLES}
 * @param seed the seed mixed into every bootstrap (each bootstrap's generator is also seeded by its
 *     data); reports state it
 * @param minResponseRate below this share of respondents a survey-based result is flagged
 * @param maxMissingShare above this share of missing records an administrative result is flagged
 * @param smallSample below this number of people a result is flagged as a small sample
 * @param breakdowns the breakdowns to compute, in report order
 * @param medianInterval how median intervals are computed: {@link IntervalMethod#ORDER_STATISTIC}
 *     (exact, deterministic, the default) or {@link IntervalMethod#PERCENTILE_BOOTSTRAP}
 * @param dominancePercent p of the p % rule for sums of money ({@link DominanceRule}), in (0, 100]
 */
public record MeasureOptions(
        int disclosureThreshold,
        double confidenceLevel,
        int bootstrapResamples,
        long seed,
        double minResponseRate,
        double maxMissingShare,
        int smallSample,
        List<BreakdownKind> breakdowns,
        IntervalMethod medianInterval,
        double dominancePercent) {

    /**
     * Checks the options.
     *
     * @param disclosureThreshold k
     * @param confidenceLevel the level
     * @param bootstrapResamples the resamples
     * @param seed the seed
     * @param minResponseRate the response-rate threshold
     * @param maxMissingShare the missing-share threshold
     * @param smallSample the small-sample threshold
     * @param breakdowns the breakdowns
     * @param medianInterval the median interval method
     * @param dominancePercent p of the p % rule
     * @throws IllegalArgumentException if a value is out of range
     */
    public MeasureOptions {
        DominanceRule.of(dominancePercent);
        DisclosureControl.of(disclosureThreshold);
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0, 1), was " + confidenceLevel);
        }
        if (bootstrapResamples < Intervals.MIN_BOOTSTRAP_RESAMPLES) {
            throw new IllegalArgumentException("bootstrapResamples must be at least " + Intervals.MIN_BOOTSTRAP_RESAMPLES + ", was "
                    + bootstrapResamples);
        }
        Objects.requireNonNull(medianInterval, "medianInterval");
        if (medianInterval != IntervalMethod.ORDER_STATISTIC && medianInterval != IntervalMethod.PERCENTILE_BOOTSTRAP) {
            throw new IllegalArgumentException("medianInterval must be ORDER_STATISTIC or PERCENTILE_BOOTSTRAP, was " + medianInterval);
        }
        if (!(minResponseRate >= 0 && minResponseRate <= 1) || !(maxMissingShare >= 0 && maxMissingShare <= 1)) {
            throw new IllegalArgumentException("rates must be in [0, 1]");
        }
        if (smallSample < 0) {
            throw new IllegalArgumentException("smallSample must not be negative, was " + smallSample);
        }
        breakdowns = List.copyOf(Objects.requireNonNull(breakdowns, "breakdowns"));
        if (Set.copyOf(breakdowns).size() != breakdowns.size()) {
            throw new IllegalArgumentException("breakdowns repeated: " + breakdowns);
        }
    }

    /**
     * Returns the defaults: k = 5, 95 % intervals, order-statistic median intervals (10,000
     * bootstrap resamples if the bootstrap is chosen), seed 20190401 (start of the CAE-IMPACT test
     * period), response rate below 50 % and missing share above 20 % flagged, samples under 30
     * flagged, every breakdown, p = 10 for the dominance rule of {@link Release}.
     *
     * @return the default options
     */
    public static MeasureOptions defaults() {
        return new MeasureOptions(DisclosureControl.DEFAULT_K, 0.95, Intervals.MIN_BOOTSTRAP_RESAMPLES, 20_190_401L, 0.5, 0.2, 30,
                List.copyOf(EnumSet.allOf(BreakdownKind.class)), IntervalMethod.ORDER_STATISTIC,
                DominanceRule.DEFAULT_PERCENT);
    }

    /**
     * Returns a copy with another disclosure threshold.
     *
     * @param k the threshold, at least 1
     * @return the copy
     */
    public MeasureOptions withDisclosureThreshold(int k) {
        return new MeasureOptions(k, confidenceLevel, bootstrapResamples, seed, minResponseRate, maxMissingShare, smallSample, breakdowns, medianInterval, dominancePercent);
    }

    /**
     * Returns a copy computing only some breakdowns.
     *
     * @param kinds the breakdowns, in report order
     * @return the copy
     */
    public MeasureOptions withBreakdowns(List<BreakdownKind> kinds) {
        return new MeasureOptions(disclosureThreshold, confidenceLevel, bootstrapResamples, seed, minResponseRate, maxMissingShare,
                smallSample, kinds, medianInterval, dominancePercent);
    }

    /**
     * Returns a copy whose median intervals are percentile bootstrap intervals.
     *
     * @param resamples the resamples, at least {@value Intervals#MIN_BOOTSTRAP_RESAMPLES}
     * @param bootstrapSeed the seed mixed into every bootstrap
     * @return the copy
     * @throws IllegalArgumentException if resamples is too small
     */
    public MeasureOptions withMedianBootstrap(int resamples, long bootstrapSeed) {
        return new MeasureOptions(disclosureThreshold, confidenceLevel, resamples, bootstrapSeed, minResponseRate, maxMissingShare, smallSample,
                breakdowns, IntervalMethod.PERCENTILE_BOOTSTRAP, dominancePercent);
    }

    /**
     * Returns a copy with another parameter for the dominance (p %) rule of a {@link Release}.
     *
     * @param percent p in percent, in (0, 100]
     * @return the copy
     * @throws IllegalArgumentException if percent is out of range
     */
    public MeasureOptions withDominancePercent(double percent) {
        return new MeasureOptions(disclosureThreshold, confidenceLevel, bootstrapResamples, seed, minResponseRate, maxMissingShare,
                smallSample, breakdowns, medianInterval, percent);
    }
}
