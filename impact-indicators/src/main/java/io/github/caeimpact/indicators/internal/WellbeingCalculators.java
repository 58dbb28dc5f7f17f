package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.spi.SurveyChangeCalculator;
import io.github.caeimpact.model.AnswerType;

/** Calculators of the WELLBEING dimension: the paired changes WEL01-03 between the entry and annual surveys. */
public final class WellbeingCalculators {

    private WellbeingCalculators() {
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
