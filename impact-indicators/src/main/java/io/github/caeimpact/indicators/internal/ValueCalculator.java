package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorCalculator;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Participant;

/**
 * A calculator of a count, sum, mean or median, as the definition's statistic says; subclasses
 * observe one person.
 */
public abstract class ValueCalculator implements IndicatorCalculator {

    private final String indicatorId;

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     */
    protected ValueCalculator(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    @Override
    public final String indicatorId() {
        return indicatorId;
    }

    /**
     * Observes one person.
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
            default -> throw new IllegalStateException(indicatorId + ": a value calculator cannot compute a "
                    + context.definition().statistic());
        };
    }
}
