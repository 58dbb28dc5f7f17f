package io.github.caeimpact.indicators.extension;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.IndicatorCalculator;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.stats.Intervals;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Another programme's calculator, written only against the public SPI: XPR01, share of entrants from rural areas. */
public final class RuralEntrantsCalculator implements IndicatorCalculator {

    @Override
    public String indicatorId() {
        return "XPR01";
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
        return new Shares(context, p -> Boolean.TRUE.equals(p.rural()), p -> p.rural() != null);
    }

    /** A share of entrants, in public-API terms only. */
    static final class Shares implements Accumulator {
        private final MeasureContext context;
        private final java.util.function.Predicate<Participant> yes;
        private final java.util.function.Predicate<Participant> known;
        long numerator;
        long denominator;
        long missing;

        Shares(MeasureContext context, java.util.function.Predicate<Participant> yes, java.util.function.Predicate<Participant> known) {
            this.context = context;
            this.yes = yes;
            this.known = known;
        }

        @Override
        public void add(Participant participant, MeasureContext ignored) {
            boolean entrant = participant.pathway().entryDate().map(context.period()::contains).orElse(false);
            if (!entrant) {
                return;
            }
            if (!known.test(participant)) {
                missing++;
                return;
            }
            denominator++;
            if (yes.test(participant)) {
                numerator++;
            }
        }

        @Override
        public Accumulator merge(Accumulator other) {
            Shares that = (Shares) other;
            numerator += that.numerator;
            denominator += that.denominator;
            missing += that.missing;
            return this;
        }

        @Override
        public IndicatorResult result() {
            BigDecimal value = denominator == 0 ? null : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
            return new IndicatorResult(context.definition().id(), context.period(), value, BigDecimal.valueOf(numerator),
                    BigDecimal.valueOf(denominator), denominator, missing,
                    Intervals.wilson(numerator, denominator, context.options().confidenceLevel()).orElse(null), List.of(),
                    Warning.standard(context, denominator, missing));
        }
    }
}
