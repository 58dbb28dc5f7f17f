package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.ParticipantFacts;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.indicators.spi.Results;
import io.github.caeimpact.indicators.Statistic;

import io.github.caeimpact.indicators.IndicatorUnit;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Calculators of the COOPERATION dimension: COO01-04 and the tiers-lieu indicators TLI01-03. */
public final class CooperationCalculators {

    private CooperationCalculators() {
    }

    private static Optional<LocalDate> dateOf(Participant participant, EventType type) {
        PathwayEvent event = ParticipantFacts.of(participant).firstOf(type);
        return event == null ? Optional.empty() : Optional.of(event.date());
    }

    static boolean inTiersLieu(Participant participant, MeasureContext context) {
        return context.organisation(participant.organisationId()).map(o -> o.kind() == OrganisationKind.TIERS_LIEU).orElse(false)
                && Populations.isPresentInPeriod(participant, context.period());
    }

    /** COO01, members (associés) among salaried entrepreneurs at the period end. */
    public static final class Coo01 extends ProportionCalculator {
        /** Creates the calculator. */
        public Coo01() {
            super("COO01");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            LocalDate end = context.period().end();
            Optional<LocalDate> cesa = dateOf(participant, EventType.CESA_SIGNED);
            boolean present = Populations.exitAfter(participant, end);
            if (participant.relationship() != Relationship.ENTREPRENEUR || cesa.isEmpty() || cesa.get().isAfter(end) || !present) {
                return null;
            }
            return dateOf(participant, EventType.BECAME_ASSOCIATE).map(d -> !d.isAfter(end)).orElse(false)
                    ? Classification.YES : Classification.NO;
        }
    }

    /** COO02, members within the legal 3 years of the CESA, CAPE time deducted. */
    public static final class Coo02 extends ProportionCalculator {
        /** Creates the calculator. */
        public Coo02() {
            super("COO02");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            Optional<LocalDate> cesa = dateOf(participant, EventType.CESA_SIGNED);
            if (participant.relationship() != Relationship.ENTREPRENEUR || cesa.isEmpty()) {
                return null;
            }
            // L7331-3: 3 years from the CESA, minus the CAPE time, i.e. 36 months from the CAPE start when there was one.
            LocalDate start = dateOf(participant, EventType.CAPE_START).filter(d -> d.isBefore(cesa.get())).orElse(cesa.get());
            LocalDate deadline = start.plusMonths(36);
            if (!context.period().contains(deadline) || deadline.isAfter(context.referenceDate())) {
                return null;
            }
            Optional<LocalDate> associate = dateOf(participant, EventType.BECAME_ASSOCIATE);
            if (associate.isPresent() && !associate.get().isAfter(deadline)) {
                return Classification.YES;
            }
            boolean leftBefore = !Populations.exitAfter(participant, deadline.minusDays(1));
            return leftBefore ? null : Classification.NO;
        }
    }

    /** COO03, mean share of general meetings attended by members. */
    public static final class Coo03 extends ValueCalculator {
        /** Creates the calculator. */
        public Coo03() {
            super("COO03", Statistic.MEAN, IndicatorUnit.SHARE);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            boolean member = dateOf(participant, EventType.BECAME_ASSOCIATE).map(d -> !d.isAfter(context.period().end())).orElse(false);
            if (!member) {
                return null;
            }
            List<ActivityYear> years = Populations.yearsIn(participant, context.period());
            int held = 0;
            int attended = 0;
            for (int i = 0, n = years.size(); i < n; i++) {
                held += years.get(i).generalMeetingsHeld();
                attended += years.get(i).generalMeetingsAttended();
            }
            if (held == 0) {
                return null;
            }
            return Observation.of(BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(held), Results.PRECISION));
        }
    }

    /** TLI01, tiers-lieu members present in the period. */
    public static final class Tli01 extends ValueCalculator {
        /** Creates the calculator. */
        public Tli01() {
            super("TLI01", Statistic.COUNT, IndicatorUnit.COUNT);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            return participant.relationship() == Relationship.MEMBER && inTiersLieu(participant, context) ? Observation.of(BigDecimal.ONE) : null;
        }
    }

    /** TLI02, tiers-lieu events attended per respondent. */
    public static final class Tli02 extends ValueCalculator {
        /** Creates the calculator. */
        public Tli02() {
            super("TLI02", Statistic.MEAN, IndicatorUnit.PER_PERSON_YEAR);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            if (!inTiersLieu(participant, context)) {
                return null;
            }
            return Surveys.answer(Surveys.latestIn(participant, Surveys.TIERS_LIEU_ANNUAL, context.period()), "events_attended")
                    .filter(a -> a.type() == AnswerType.NUMBER).map(a -> Observation.of(a.value())).orElse(Observation.MISSING);
        }
    }

    /** TLI03, tiers-lieu shared services used. */
    public static final class Tli03 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Tli03() {
            super("TLI03", Surveys.TIERS_LIEU_ANNUAL, "shared_services_used", CooperationCalculators::inTiersLieu, SurveyShareCalculator::isYes);
        }
    }

    /** COO04, peer exchange at least monthly (answer 3 or more on the 5-point frequency scale). */
    public static final class Coo04 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Coo04() {
            super("COO04", Surveys.ANNUAL, "peer_exchange_frequency", SurveyShareCalculator::entrepreneur, a -> a.value().intValue() >= 3);
        }

        @Override
        protected AnswerType expectedType() {
            return AnswerType.LIKERT;
        }
    }
}
