package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.Intervals;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

/** A calculator of a share of a population, with its Wilson interval; subclasses classify one person. */
public abstract class ProportionCalculator extends AbstractCalculator {

    /**
     * Creates the calculator.
     *
     * @param indicatorId the indicator id
     */
    protected ProportionCalculator(String indicatorId) {
        super(indicatorId, Statistic.PROPORTION, IndicatorUnit.SHARE);
    }

    /**
     * Classifies one person. Asked once per participant and measurement: the answer serves the
     * overall figure and every breakdown category, so it must depend on its arguments only.
     *
     * @param participant the participant
     * @param context the context
     * @return YES, NO or MISSING, or null when the person is outside the population
     */
    protected abstract Classification classify(Participant participant, MeasureContext context);

    @Override
    public Accumulator newAccumulator(MeasureContext context) {
        return new ProportionAccumulator(this, context);
    }

    private static final class ProportionAccumulator implements Accumulator {
        private final ProportionCalculator calculator;
        private final BiFunction<Participant, MeasureContext, Classification> classifier;
        private final MeasureContext context;
        private long yes;
        private long no;
        private long missing;

        ProportionAccumulator(ProportionCalculator calculator, MeasureContext context) {
            this.calculator = calculator;
            this.classifier = calculator::classify;
            this.context = context;
        }

        @Override
        public void add(Participant participant, MeasureContext ignored) {
            Classification classification = ParticipantFacts.of(participant).observed(context, classifier);
            if (classification == Classification.YES) {
                yes++;
            } else if (classification == Classification.NO) {
                no++;
            } else if (classification == Classification.MISSING) {
                missing++;
            }
        }

        @Override
        public Accumulator merge(Accumulator other) {
            if (!(other instanceof ProportionAccumulator that)) {
                throw new IllegalArgumentException("cannot merge " + other.getClass().getName() + " into a proportion of " + calculator.indicatorId());
            }
            Results.requireSameIndicator(calculator.indicatorId(), that.calculator.indicatorId());
            yes += that.yes;
            no += that.no;
            missing += that.missing;
            return this;
        }

        @Override
        public IndicatorResult result() {
            long counted = yes + no;
            BigDecimal value = counted == 0 ? null : BigDecimal.valueOf(yes).divide(BigDecimal.valueOf(counted), Results.PRECISION);
            return new IndicatorResult(calculator.indicatorId(), context.period(), value, BigDecimal.valueOf(yes), BigDecimal.valueOf(counted),
                    counted, missing, Intervals.wilson(yes, counted, context.options().confidenceLevel()).orElse(null), List.of(),
                    Warning.standard(context, counted, missing));
        }
    }
}
