package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.IndicatorCalculator;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Statistic;
import java.util.Objects;

/** What every shipped calculator declares: the indicator, the statistic and the unit it computes. */
public abstract class AbstractCalculator implements IndicatorCalculator {

    private final String indicatorId;
    private final Statistic statistic;
    private final IndicatorUnit unit;

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     * @param statistic the statistic it computes
     * @param unit the unit of its values
     */
    protected AbstractCalculator(String indicatorId, Statistic statistic, IndicatorUnit unit) {
        this.indicatorId = Objects.requireNonNull(indicatorId, "indicatorId");
        this.statistic = Objects.requireNonNull(statistic, "statistic");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    @Override
    public final String indicatorId() {
        return indicatorId;
    }

    @Override
    public final Statistic statistic() {
        return statistic;
    }

    @Override
    public final IndicatorUnit unit() {
        return unit;
    }
}
