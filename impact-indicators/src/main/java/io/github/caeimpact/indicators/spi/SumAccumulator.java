package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import java.math.BigDecimal;
import java.util.List;

/** Accumulates a count or an exact sum; keeps three numbers whatever the number of people. */
final class SumAccumulator extends ObservingAccumulator<SumAccumulator> {

    private BigDecimal sum = BigDecimal.ZERO;
    private long counted;

    SumAccumulator(ValueCalculator calculator, MeasureContext context) {
        super(SumAccumulator.class, "a sum", calculator.indicatorId(), context, calculator::observe);
    }

    @Override
    void accept(BigDecimal value) {
        counted++;
        sum = sum.add(value);
    }

    @Override
    void absorb(SumAccumulator that) {
        sum = sum.add(that.sum);
        counted += that.counted;
    }

    @Override
    public IndicatorResult result() {
        return new IndicatorResult(indicatorId, context.period(), sum, sum, null, counted, missing, null, List.of(),
                Warning.standard(context, counted, missing));
    }
}
