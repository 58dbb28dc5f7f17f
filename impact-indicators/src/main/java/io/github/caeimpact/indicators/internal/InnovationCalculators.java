package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.Surveys;

/** Calculators of the INNOVATION dimension: INN01-03, from the annual survey. */
public final class InnovationCalculators {

    private InnovationCalculators() {
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
}
