package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.indicators.stats.IntervalMethod;
import io.github.caeimpact.indicators.stats.Intervals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accumulates a median with its interval: by default the exact order-statistic (binomial)
 * interval, found by selection in linear time; the percentile bootstrap when the options ask for
 * it. A median needs the values, so this keeps one primitive double per person counted, never the
 * participants; the k-th smallest value does not depend on insertion order, so merge order cannot
 * change the result.
 *
 * <p>Memory: the values are kept as distinct values with counts (see {@code ValueCounts}), so
 * days, whole euros and survey points cost 16 to 32 bytes per distinct value whatever the number
 * of people, and values that never repeat as much per value. A measurement holds one accumulator
 * per indicator overall and one per indicator in every category of every breakdown; the values
 * are expanded into one sorted array only while a result is computed, one cell at a time.
 */
final class MedianAccumulator extends ObservingAccumulator<MedianAccumulator> {

    private final ValueCounts values = new ValueCounts();

    MedianAccumulator(ValueCalculator calculator, MeasureContext context) {
        super(MedianAccumulator.class, "a median", calculator.indicatorId(), context, calculator::observe);
    }

    @Override
    void accept(BigDecimal value) {
        values.add(value.doubleValue());
    }

    @Override
    void absorb(MedianAccumulator that) {
        values.addAll(that.values);
    }

    @Override
    public long retainedValues() {
        return values.size();
    }

    @Override
    public IndicatorResult result() {
        double[] kept = values.sorted();
        int n = kept.length;
        BigDecimal median = n == 0 ? null : BigDecimal.valueOf(Intervals.median(kept));
        MeasureOptions options = context.options();
        Optional<ConfidenceInterval> interval = options.medianInterval() == IntervalMethod.PERCENTILE_BOOTSTRAP
                ? Intervals.bootstrapMedian(kept, options.confidenceLevel(), options.bootstrapResamples(), options.seed())
                : Intervals.orderStatisticMedian(kept, options.confidenceLevel());
        List<Warning> warnings = new ArrayList<>(Warning.standard(context, n, missing));
        if (n > 0 && interval.isEmpty()) {
            warnings.add(Warning.intervalWithheld(n + " values are too few for a " + options.confidenceLevel() + " interval of a median"));
        }
        return new IndicatorResult(indicatorId, context.period(), median, null, BigDecimal.valueOf(n), n, missing,
                interval.orElse(null), List.of(), warnings);
    }
}
