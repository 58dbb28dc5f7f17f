package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.indicators.Statistic;

import io.github.caeimpact.indicators.IndicatorUnit;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.Parameter;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/** Calculators of the EXITS dimension (EXI01-05), SKI04 (exit questionnaire) and PFI02 (costs avoided). */
public final class ExitCalculators {

    private ExitCalculators() {
    }

    /** A share of leavers by their situation upon leaving; UNKNOWN counts as missing. */
    abstract static class UponLeaving extends ProportionCalculator {
        private final Predicate<ExitOutcome> attribute;

        UponLeaving(String id, Predicate<ExitOutcome> attribute) {
            super(id);
            this.attribute = attribute;
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            Optional<PathwayEvent> exit = Populations.exitIn(participant, context.period());
            if (exit.isEmpty()) {
                return null;
            }
            ExitOutcome outcome = Populations.uponLeaving(exit.get(), participant);
            if (outcome == ExitOutcome.UNKNOWN) {
                return Classification.MISSING;
            }
            return attribute.test(outcome) ? Classification.YES : Classification.NO;
        }
    }

    /** EXI01, in work upon leaving. */
    public static final class Exi01 extends UponLeaving {
        /** Creates the calculator. */
        public Exi01() {
            super("EXI01", ExitOutcome::inEmployment);
        }
    }

    /** EXI02, in education or training upon leaving. */
    public static final class Exi02 extends UponLeaving {
        /** Creates the calculator. */
        public Exi02() {
            super("EXI02", ExitOutcome::inEducationOrTraining);
        }
    }

    /** EXI03, job searching upon leaving. */
    public static final class Exi03 extends UponLeaving {
        /** Creates the calculator. */
        public Exi03() {
            super("EXI03", ExitOutcome::jobSearching);
        }
    }

    /** A share of leavers by their situation at the 6-month follow-up; those not reached count as missing. */
    abstract static class AtSixMonths extends ProportionCalculator {
        private final Predicate<Participant> eligible;
        private final Predicate<ExitOutcome> attribute;

        AtSixMonths(String id, Predicate<Participant> eligible, Predicate<ExitOutcome> attribute) {
            super(id);
            this.eligible = eligible;
            this.attribute = attribute;
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            Optional<PathwayEvent> exit = Populations.exitIn(participant, context.period());
            if (exit.isEmpty() || !Populations.sixMonthsObservable(exit.get(), context.referenceDate()) || !eligible.test(participant)) {
                return null;
            }
            return Populations.atSixMonths(exit.get(), participant)
                    .map(o -> attribute.test(o) ? Classification.YES : Classification.NO).orElse(Classification.MISSING);
        }
    }

    /** EXI04, in work 6 months after leaving. */
    public static final class Exi04 extends AtSixMonths {
        /** Creates the calculator. */
        public Exi04() {
            super("EXI04", p -> true, ExitOutcome::inEmployment);
        }
    }

    /** EXI05, improved situation at 6 months for leavers employed at entry. */
    public static final class Exi05 extends AtSixMonths {
        /** Creates the calculator. */
        public Exi05() {
            super("EXI05", p -> p.entrySituation().status() == LabourStatus.EMPLOYED || p.entrySituation().status() == LabourStatus.SELF_EMPLOYED,
                    o -> o == ExitOutcome.EMPLOYED_PERMANENT || o == ExitOutcome.BUSINESS_CREATED);
        }
    }

    /** SKI04, qualification gained, from the exit questionnaire dated within 28 days of the exit. */
    public static final class Ski04 extends ProportionCalculator {
        /** Creates the calculator. */
        public Ski04() {
            super("SKI04");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            Optional<PathwayEvent> exit = Populations.exitIn(participant, context.period());
            if (exit.isEmpty()) {
                return null;
            }
            return Surveys.answer(Surveys.near(participant, Surveys.EXIT, exit.get().date(), Populations.UPON_LEAVING_DAYS), "qualification_gained")
                    .filter(a -> a.type() == AnswerType.YES_NO).map(a -> SurveyShareCalculator.isYes(a) ? Classification.YES : Classification.NO).orElse(Classification.MISSING);
        }
    }

    /** PFI02, minimum income avoided for RSA recipients at entry in work at 6 months, net of deadweight. */
    public static final class Pfi02 extends ValueCalculator {
        /** Creates the calculator. */
        public Pfi02() {
            super("PFI02", Statistic.SUM, IndicatorUnit.EUR);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            Optional<PathwayEvent> exit = Populations.exitIn(participant, context.period());
            if (exit.isEmpty() || !participant.entrySituation().minimumIncome()
                    || !Populations.sixMonthsObservable(exit.get(), context.referenceDate())) {
                return null;
            }
            Optional<ExitOutcome> outcome = Populations.atSixMonths(exit.get(), participant);
            if (outcome.isEmpty()) {
                return Observation.MISSING;
            }
            if (!outcome.get().inEmployment()) {
                return Observation.of(BigDecimal.ZERO);
            }
            LocalDate on = Populations.sixMonthDate(exit.get(), participant).orElseThrow();
            Optional<Parameter> rsa = context.definition().parameter("rsaMonthlySingle", on);
            Optional<Parameter> months = context.definition().parameter("monthsAvoided", on);
            Optional<Parameter> deadweight = context.definition().parameter("deadweight", on);
            if (rsa.isEmpty() || months.isEmpty() || deadweight.isEmpty()) {
                return Observation.MISSING;
            }
            return Observation.of(rsa.get().value().multiply(months.get().value())
                    .multiply(BigDecimal.ONE.subtract(deadweight.get().value())));
        }
    }
}
