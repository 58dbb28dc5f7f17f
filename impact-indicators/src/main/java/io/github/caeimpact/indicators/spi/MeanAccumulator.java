package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        List<Warning> warnings = new ArrayList<>(Warning.standard(context, n, missing));
        ConfidenceInterval interval = moments.tInterval(context.options().confidenceLevel(), warnings);
        return new IndicatorResult(indicatorId, context.period(), moments.mean(), moments.sum(), BigDecimal.valueOf(n), n, missing,
                interval, List.of(), warnings);
    }
}
