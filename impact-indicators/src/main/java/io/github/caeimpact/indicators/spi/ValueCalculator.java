package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Participant;

/**
 * A calculator of a count, sum, mean or median, as the definition's statistic says; subclasses
 * observe one person.
 */
public abstract class ValueCalculator extends AbstractCalculator {

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     * @param statistic what it computes over the people's values: COUNT, SUM, MEAN or MEDIAN
     * @param unit the unit of the people's values
     * @throws IllegalArgumentException if the statistic is not one of a value
     */
    protected ValueCalculator(String indicatorId, Statistic statistic, IndicatorUnit unit) {
        super(indicatorId, statistic, unit);
        if (statistic == Statistic.PROPORTION || statistic == Statistic.PAIRED_MEAN_CHANGE) {
            throw new IllegalArgumentException(indicatorId + ": a value calculator cannot compute a " + statistic);
        }
    }

    /**
     * Observes one person. Asked once per participant and measurement: the answer serves the
     * overall figure and every breakdown category, so it must depend on its arguments only.
     *
     * @param participant the participant
     * @param context the context
     * @return the person's value (1 for a count), {@link Observation#MISSING}, or null when the
     *     person is outside the population
     */
    protected abstract Observation observe(Participant participant, MeasureContext context);

    @Override
    public Accumulator newAccumulator(MeasureContext context) {
        return switch (context.definition().statistic()) {
            case COUNT, SUM -> new SumAccumulator(this, context);
            case MEAN -> new MeanAccumulator(this, context);
            case MEDIAN -> new MedianAccumulator(this, context);
            default -> throw new IllegalStateException(indicatorId() + ": a value calculator cannot compute a "
                    + context.definition().statistic());
        };
    }
}
