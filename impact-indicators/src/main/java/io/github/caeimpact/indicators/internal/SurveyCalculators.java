package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.SurveyChangeCalculator;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.indicators.IndicatorUnit;

import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.SurveyResponse;

/**
 * Calculators that read the CAE-IMPACT annual survey: RIGHTS (RIG01-03), ACT02, ACT04, SKI02,
 * COO04, INNOVATION (INN01-03) and the paired changes INC03, WEL01-03.
 */
public final class SurveyCalculators {

    private SurveyCalculators() {
    }

    /** RIG01, keeping prior rights was decisive, among entrepreneurs who had a CAPE. */
    public static final class Rig01 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Rig01() {
            super("RIG01", Surveys.ANNUAL, "rights_decisive",
                    (p, c) -> entrepreneur(p, c) && p.pathway().firstOf(EventType.CAPE_START).isPresent(), SurveyShareCalculator::isYes);
        }
    }

    /** RIG02, supplementary cover gained. */
    public static final class Rig02 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Rig02() {
            super("RIG02", Surveys.ANNUAL, "supplementary_cover", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }
    }

    /** RIG03, easier access to housing or credit, among respondents concerned. */
    public static final class Rig03 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Rig03() {
            super("RIG03", Surveys.ANNUAL, "housing_credit_easier", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }

        @Override
        protected boolean concerned(SurveyResponse response) {
            return response.answer("housing_credit_concerned").filter(a -> a.type() == AnswerType.YES_NO)
                    .map(SurveyShareCalculator::isYes).orElse(false);
        }
    }

    /** ACT02, CAE decisive for launch. */
    public static final class Act02 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Act02() {
            super("ACT02", Surveys.ANNUAL, "cae_decisive", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }
    }

    /** ACT04, would not have started without the CAE. */
    public static final class Act04 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Act04() {
            super("ACT04", Surveys.ANNUAL, "would_not_have_started", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }
    }

    /** SKI02, skills gained. */
    public static final class Ski02 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Ski02() {
            super("SKI02", Surveys.ANNUAL, "skills_gained", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
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

    /** INN01, new activities. */
    public static final class Inn01 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Inn01() {
            super("INN01", Surveys.ANNUAL, "new_activity", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }
    }

    /** INN02, ecological practices. */
    public static final class Inn02 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Inn02() {
            super("INN02", Surveys.ANNUAL, "ecological_practices", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }
    }

    /** INN03, meeting a local need. */
    public static final class Inn03 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Inn03() {
            super("INN03", Surveys.ANNUAL, "social_need", SurveyShareCalculator::entrepreneur, SurveyShareCalculator::isYes);
        }
    }

    /** INC03, income change. */
    public static final class Inc03 extends SurveyChangeCalculator {
        /** Creates the calculator. */
        public Inc03() {
            super("INC03", "monthly_income", AnswerType.NUMBER, IndicatorUnit.EUR_PER_MONTH);
        }
    }

    /** WEL01, change in isolation (lower is better). */
    public static final class Wel01 extends SurveyChangeCalculator {
        /** Creates the calculator. */
        public Wel01() {
            super("WEL01", "isolation", AnswerType.LIKERT, IndicatorUnit.POINTS);
        }
    }

    /** WEL02, change in SWEMWBS well-being. */
    public static final class Wel02 extends SurveyChangeCalculator {
        /** Creates the calculator. */
        public Wel02() {
            super("WEL02", "swemwbs_total", AnswerType.NUMBER, IndicatorUnit.POINTS);
        }
    }

    /** WEL03, change in professional self-confidence. */
    public static final class Wel03 extends SurveyChangeCalculator {
        /** Creates the calculator. */
        public Wel03() {
            super("WEL03", "self_confidence", AnswerType.LIKERT, IndicatorUnit.POINTS);
        }
    }

}
