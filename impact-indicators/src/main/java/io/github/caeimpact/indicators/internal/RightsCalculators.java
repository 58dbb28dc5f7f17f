package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.ParticipantFacts;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.SurveyResponse;

/** Calculators of the RIGHTS dimension (access to rights): RIG01-03, from the annual survey. */
public final class RightsCalculators {

    private RightsCalculators() {
    }

    /** RIG01, keeping prior rights was decisive, among entrepreneurs who had a CAPE. */
    public static final class Rig01 extends SurveyShareCalculator {
        /** Creates the calculator. */
        public Rig01() {
            super("RIG01", Surveys.ANNUAL, "rights_decisive",
                    (p, c) -> entrepreneur(p, c) && ParticipantFacts.of(p).firstOf(EventType.CAPE_START) != null, SurveyShareCalculator::isYes);
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
}
