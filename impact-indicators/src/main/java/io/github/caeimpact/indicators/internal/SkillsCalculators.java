package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.internal.ActivityCalculators.years;

import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.Results;
import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Calculators of the SKILLS dimension: SKI01-05 (training, interviews, skills and qualification gained). */
public final class SkillsCalculators {

    private SkillsCalculators() {
    }

    /** SKI02, skills gained. */
    public static final class Ski02 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Ski02() {
            super("SKI02", Surveys.ANNUAL, "skills_gained", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
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
    /** SKI01, at least one training in a year of the period. */
    public static final class Ski01 extends ProportionCalculator {
        /** Creates the calculator. */
        public Ski01() {
            super("SKI01");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            List<ActivityYear> years = years(participant, context);
            if (years.isEmpty()) {
                return null;
            }
            for (int i = 0, n = years.size(); i < n; i++) {
                if (years.get(i).trainings() >= 1) {
                    return Classification.YES;
                }
            }
            return Classification.NO;
        }
    }
    /** SKI03, support interviews per person and year. */
    public static final class Ski03 extends ValueCalculator {
        /** Creates the calculator. */
        public Ski03() {
            super("SKI03", Statistic.MEAN, IndicatorUnit.PER_PERSON_YEAR);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            List<ActivityYear> years = years(participant, context);
            if (years.isEmpty()) {
                return null;
            }
            int interviews = 0;
            for (int i = 0, n = years.size(); i < n; i++) {
                interviews += years.get(i).supportInterviews();
            }
            return Observation.of(BigDecimal.valueOf(interviews).divide(BigDecimal.valueOf(years.size()), Results.PRECISION));
        }
    }
    /** SKI05, legal minimum of 2 support interviews met every year of the period. */
    public static final class Ski05 extends ProportionCalculator {
        /** Creates the calculator. */
        public Ski05() {
            super("SKI05");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            List<ActivityYear> years = years(participant, context);
            if (years.isEmpty()) {
                return null;
            }
            for (int i = 0, n = years.size(); i < n; i++) {
                if (years.get(i).supportInterviews() < 2) {
                    return Classification.NO;
                }
            }
            return Classification.YES;
        }
    }
}
