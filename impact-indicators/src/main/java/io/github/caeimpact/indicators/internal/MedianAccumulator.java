package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.Intervals;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.List;

/**
 * Accumulates a median with its percentile bootstrap interval. A median needs the values, so this
 * keeps one primitive double per person counted (8 bytes; 8 MB for a million people), never the
 * participants; the bootstrap is seeded from the sorted values, so merge order cannot change it.
 */
final class MedianAccumulator implements Accumulator {

    private final ValueCalculator calculator;
    private final MeasureContext context;
    private final DoubleBag values = new DoubleBag();
    private long missing;

    MedianAccumulator(ValueCalculator calculator, MeasureContext context) {
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
            values.add(observation.value().doubleValue());
        }
    }

    @Override
    public Accumulator merge(Accumulator other) {
        if (!(other instanceof MedianAccumulator that)) {
            throw new IllegalArgumentException("cannot merge " + other.getClass().getName() + " into a median of " + calculator.indicatorId());
        }
        Results.requireSameIndicator(calculator.indicatorId(), that.calculator.indicatorId());
        values.addAll(that.values);
        missing += that.missing;
        return this;
    }

    @Override
    public IndicatorResult result() {
        double[] sorted = values.sorted();
        int n = sorted.length;
        BigDecimal median = n == 0 ? null : BigDecimal.valueOf(Intervals.median(sorted));
        return new IndicatorResult(calculator.indicatorId(), context.period(), median, null, BigDecimal.valueOf(n), n, missing,
                Intervals.bootstrapMedian(sorted, context.options().confidenceLevel(), context.options().bootstrapResamples(),
                        context.options().seed()).orElse(null),
                List.of(), Results.warnings(context, n, missing));
    }
}
