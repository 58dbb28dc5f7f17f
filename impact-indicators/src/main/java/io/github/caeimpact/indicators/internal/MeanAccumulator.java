package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.Intervals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Accumulates a mean with its Student t interval from exact sums of values and squares, so that
 * merge order cannot change a digit; keeps four numbers whatever the number of people.
 */
final class MeanAccumulator extends ObservingAccumulator<MeanAccumulator> {

    private final ExactMoments moments = new ExactMoments();

    MeanAccumulator(ValueCalculator calculator, MeasureContext context) {
        super(MeanAccumulator.class, "a mean", calculator.indicatorId(), context, calculator::observe);
    }

    @Override
    void accept(BigDecimal value) {
        moments.add(value);
    }

    @Override
    void absorb(MeanAccumulator that) {
        moments.merge(that.moments);
    }

    @Override
    public IndicatorResult result() {
        long n = moments.count();
        BigDecimal mean = moments.mean();
        return new IndicatorResult(indicatorId, context.period(), mean, moments.sum(), BigDecimal.valueOf(n), n, missing,
                mean == null ? null : Intervals.studentT(n, mean.doubleValue(), moments.variance(), context.options().confidenceLevel()).orElse(null),
                List.of(), Warning.standard(context, n, missing));
    }
}
