package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.List;

/** Accumulates a count or an exact sum; keeps three numbers whatever the number of people. */
final class SumAccumulator implements Accumulator {

    private final ValueCalculator calculator;
    private final MeasureContext context;
    private BigDecimal sum = BigDecimal.ZERO;
    private long counted;
    private long missing;

    SumAccumulator(ValueCalculator calculator, MeasureContext context) {
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
            counted++;
            sum = sum.add(observation.value());
        }
    }

    @Override
    public Accumulator merge(Accumulator other) {
        if (!(other instanceof SumAccumulator that)) {
            throw new IllegalArgumentException("cannot merge " + other.getClass().getName() + " into a sum of " + calculator.indicatorId());
        }
        Results.requireSameIndicator(calculator.indicatorId(), that.calculator.indicatorId());
        sum = sum.add(that.sum);
        counted += that.counted;
        missing += that.missing;
        return this;
    }

    @Override
    public IndicatorResult result() {
        return new IndicatorResult(calculator.indicatorId(), context.period(), sum, sum, null, counted, missing, null, List.of(),
                Results.warnings(context, counted, missing));
    }
}
