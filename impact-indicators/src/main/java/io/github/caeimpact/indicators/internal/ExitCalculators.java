package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Populations;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import java.util.Optional;
import java.util.function.Predicate;

/** Calculators of the EXITS dimension: EXI01-05, the situation upon leaving and 6 months later. */
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

}
