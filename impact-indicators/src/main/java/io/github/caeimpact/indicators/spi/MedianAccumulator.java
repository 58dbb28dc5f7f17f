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
 * <p>Memory: 8 bytes per value, up to twice that while the array grows (doubling), and one copy
 * while the result is computed. A measurement holds one accumulator per indicator overall and one
 * per indicator in every category of every breakdown, so each person counted is kept once overall
 * and once per breakdown: with the default 7 one-dimensional breakdowns plus gender by age band, 9
 * values per person per median indicator. For the shipped catalogue, one median (ACT01) and four
 * paired changes (INC03, WEL01-03, same 8 bytes per pair) make about 5 x 9 x 8 = 360 bytes per
 * person counted, 720 bytes with the growth slack: 360 to 720 MB for a million people counted in
 * every one of them, not 8 MB.
 */
final class MedianAccumulator extends ObservingAccumulator<MedianAccumulator> {

    private final DoubleBag values = new DoubleBag();

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
        double[] kept = values.toArray();
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
