package io.github.caeimpact.indicators.extension;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorCalculator;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Gender;
import java.util.Optional;

/** Another programme's replacement of PUB03 version 1.1.0: undisclosed gender counts as not a woman. */
public final class WomenIncludingUndisclosedCalculator implements IndicatorCalculator {

    @Override
    public String indicatorId() {
        return "PUB03";
    }

    @Override
    public Optional<String> definitionVersion() {
        return Optional.of("1.1.0");
    }

    @Override
    public Statistic statistic() {
        return Statistic.PROPORTION;
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.SHARE;
    }

    @Override
    public Accumulator newAccumulator(MeasureContext context) {
        return new RuralEntrantsCalculator.Shares(context, p -> p.gender() == Gender.WOMAN, p -> true);
    }
}
