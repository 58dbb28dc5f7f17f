package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import java.math.BigDecimal;
import java.util.List;

/** Accumulates a count or an exact sum, in a long of the smallest unit while it fits; a few numbers whatever the number of people. */
final class SumAccumulator extends ObservingAccumulator<SumAccumulator> {

    private final ExactSum sum = new ExactSum();
    private long counted;

    SumAccumulator(ValueCalculator calculator, MeasureContext context) {
        super(SumAccumulator.class, "a sum", calculator.indicatorId(), context, calculator::observe);
    }

    @Override
    void accept(BigDecimal value) {
        counted++;
        sum.add(value);
    }

    @Override
    void absorb(SumAccumulator that) {
        sum.merge(that.sum);
        counted += that.counted;
    }

    @Override
    public IndicatorResult result() {
        BigDecimal total = sum.total();
        return new IndicatorResult(indicatorId, context.period(), total, total, null, counted, missing, null, List.of(),
                Warning.standard(context, counted, missing));
    }
}
