package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.Statistic;

import io.github.caeimpact.indicators.IndicatorUnit;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.AgeBand;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Calculators of the PUBLICS dimension (who enters). */
public final class PublicsCalculators {

    private PublicsCalculators() {
    }

    /** A share of entrants with an attribute. */
    abstract static class EntrantShare extends ProportionCalculator {
        private final Predicate<Participant> attribute;

        EntrantShare(String id, Predicate<Participant> attribute) {
            super(id);
            this.attribute = attribute;
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!Populations.isEntrant(participant, context.period())) {
                return null;
            }
            return attribute.test(participant) ? Classification.YES : Classification.NO;
        }
    }

    private static AgeBand bandAtEntry(Participant participant, MeasureContext context) {
        return participant.ageBandAt(Populations.ageDate(participant, context.referenceDate()));
    }

    /** PUB01, people received at intake. */
    public static final class Pub01 extends ValueCalculator {
        /** Creates the calculator. */
        public Pub01() {
            super("PUB01", Statistic.COUNT, IndicatorUnit.COUNT);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            boolean intake = Populations.hasEventIn(participant, EventType.INTAKE, context.period());
            return intake ? Observation.of(BigDecimal.ONE) : null;
        }
    }

    /** PUB02, participants entering. */
    public static final class Pub02 extends ValueCalculator {
        /** Creates the calculator. */
        public Pub02() {
            super("PUB02", Statistic.COUNT, IndicatorUnit.COUNT);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            return Populations.isEntrant(participant, context.period()) ? Observation.of(BigDecimal.ONE) : null;
        }
    }

    /** PUB03, share of women among entrants with a disclosed gender. */
    public static final class Pub03 extends ProportionCalculator {
        /** Creates the calculator. */
        public Pub03() {
            super("PUB03");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!Populations.isEntrant(participant, context.period())) {
                return null;
            }
            if (participant.gender() == Gender.UNDISCLOSED) {
                return Classification.MISSING;
            }
            return participant.gender() == Gender.WOMAN ? Classification.YES : Classification.NO;
        }
    }

    /** PUB04, unemployed at entry. */
    public static final class Pub04 extends EntrantShare {
        /** Creates the calculator. */
        public Pub04() {
            super("PUB04", p -> p.entrySituation().status() == LabourStatus.UNEMPLOYED);
        }
    }

    /** PUB05, long-term unemployed at entry. */
    public static final class Pub05 extends EntrantShare {
        /** Creates the calculator. */
        public Pub05() {
            super("PUB05", p -> p.entrySituation().longTermUnemployed());
        }
    }

    /** PUB06, minimum-income recipients at entry. */
    public static final class Pub06 extends EntrantShare {
        /** Creates the calculator. */
        public Pub06() {
            super("PUB06", p -> p.entrySituation().minimumIncome());
        }
    }

    /** PUB07, inactive at entry. */
    public static final class Pub07 extends EntrantShare {
        /** Creates the calculator. */
        public Pub07() {
            super("PUB07", p -> p.entrySituation().status() == LabourStatus.INACTIVE || p.entrySituation().status() == LabourStatus.STUDENT);
        }
    }

    /** PUB08, entrants under 30. */
    public static final class Pub08 extends ProportionCalculator {
        /** Creates the calculator. */
        public Pub08() {
            super("PUB08");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!Populations.isEntrant(participant, context.period())) {
                return null;
            }
            AgeBand band = bandAtEntry(participant, context);
            return band == AgeBand.UNDER_18 || band == AgeBand.FROM_18_TO_29 ? Classification.YES : Classification.NO;
        }
    }

    /** PUB11, entrants aged 55 and over. */
    public static final class Pub11 extends ProportionCalculator {
        /** Creates the calculator. */
        public Pub11() {
            super("PUB11");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!Populations.isEntrant(participant, context.period())) {
                return null;
            }
            return bandAtEntry(participant, context) == AgeBand.FROM_55 ? Classification.YES : Classification.NO;
        }
    }

    /** An education share among entrants whose education is known. */
    abstract static class EducationShare extends ProportionCalculator {
        private final EducationLevel level;

        EducationShare(String id, EducationLevel level) {
            super(id);
            this.level = level;
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!Populations.isEntrant(participant, context.period())) {
                return null;
            }
            if (participant.education() == null) {
                return Classification.MISSING;
            }
            return participant.education() == level ? Classification.YES : Classification.NO;
        }
    }

    /** PUB09, entrants with ISCED 0-2 education. */
    public static final class Pub09 extends EducationShare {
        /** Creates the calculator. */
        public Pub09() {
            super("PUB09", EducationLevel.ISCED_0_2);
        }
    }

    /** PUB12, entrants with ISCED 5-8 education. */
    public static final class Pub12 extends EducationShare {
        /** Creates the calculator. */
        public Pub12() {
            super("PUB12", EducationLevel.ISCED_5_8);
        }
    }

    /** PUB10, entrants with at least one disadvantage. */
    public static final class Pub10 extends ProportionCalculator {
        /** Creates the calculator. */
        public Pub10() {
            super("PUB10");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            if (!Populations.isEntrant(participant, context.period())) {
                return null;
            }
            Boolean[] flags = {participant.disability(), participant.thirdCountryNational(), participant.foreignBackground(),
                participant.minority(), participant.homeless(), participant.rural(), participant.priorityUrbanArea()};
            if (Stream.of(flags).anyMatch(Boolean.TRUE::equals)) {
                return Classification.YES;
            }
            return Stream.of(flags).anyMatch(Boolean.FALSE::equals) ? Classification.NO : Classification.MISSING;
        }
    }
}
