package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.Intervals;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.List;

/**
 * Accumulates a mean with its Student t interval from exact sums of values and squares, so that
 * merge order cannot change a digit; keeps four numbers whatever the number of people.
 */
final class MeanAccumulator implements Accumulator {

    private final ValueCalculator calculator;
    private final MeasureContext context;
    private final ExactMoments moments = new ExactMoments();
    private long missing;

    MeanAccumulator(ValueCalculator calculator, MeasureContext context) {
        this.calculator = calculator;
        this.context = context;
    }

    @Override
    public void add(Participant participant, MeasureContext ignored) {
        Observation observation = calculator.observe(participant, context);
        if (observation == null) {
            return;
        }
        if (observation.isMissing()) {
            missing++;
        } else {
            moments.add(observation.value());
        }
    }

    @Override
    public Accumulator merge(Accumulator other) {
        if (!(other instanceof MeanAccumulator that)) {
            throw new IllegalArgumentException("cannot merge " + other.getClass().getName() + " into a mean of " + calculator.indicatorId());
        }
        Results.requireSameIndicator(calculator.indicatorId(), that.calculator.indicatorId());
        moments.merge(that.moments);
        missing += that.missing;
        return this;
    }

    @Override
    public IndicatorResult result() {
        long n = moments.count();
        BigDecimal mean = moments.mean();
        return new IndicatorResult(calculator.indicatorId(), context.period(), mean, moments.sum(), BigDecimal.valueOf(n), n, missing,
                mean == null ? null : Intervals.studentT(n, mean.doubleValue(), moments.variance(), context.options().confidenceLevel()).orElse(null),
                List.of(), Results.warnings(context, n, missing));
    }
}
