package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.spi.SurveyChangeCalculator;
import io.github.caeimpact.indicators.spi.SurveyShareCalculator;
import io.github.caeimpact.indicators.spi.Surveys;
import io.github.caeimpact.model.AnswerType;
import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.Results;
import io.github.caeimpact.indicators.Statistic;

import io.github.caeimpact.indicators.IndicatorUnit;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.Parameter;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Calculators of the ACTIVITY dimension: ACT01-04 and the income indicators INC01-03. */
public final class ActivityCalculators {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private ActivityCalculators() {
    }

    /** The activity years in the period of an entrepreneur present in it; shared with SKILLS and PUBLIC_FINANCE. */
    static List<ActivityYear> years(Participant participant, MeasureContext context) {
        if (!Populations.isEntrepreneurInPeriod(participant, context.period())) {
            return List.of();
        }
        return Populations.yearsIn(participant, context.period());
    }

    /** The years of {@link #years} with salaried time. */
    static List<ActivityYear> salariedYears(Participant participant, MeasureContext context) {
        List<ActivityYear> years = years(participant, context);
        List<ActivityYear> salaried = new ArrayList<>(years.size());
        for (int i = 0, n = years.size(); i < n; i++) {
            if (years.get(i).fte().signum() > 0) {
                salaried.add(years.get(i));
            }
        }
        return salaried;
    }

    /** The exact sum of an amount over years, in a loop (this runs once per person and calculator). */
    static BigDecimal sumOf(List<ActivityYear> years, Function<ActivityYear, BigDecimal> amount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0, n = years.size(); i < n; i++) {
            sum = sum.add(amount.apply(years.get(i)));
        }
        return sum;
    }

    /** ACT01, median days from entry to the first invoice. */
    public static final class Act01 extends ValueCalculator {
        /** Creates the calculator. */
        public Act01() {
            super("ACT01", Statistic.MEDIAN, IndicatorUnit.DAYS);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            if (!Populations.isEntrepreneurInPeriod(participant, context.period())) {
                return null;
            }
            List<ActivityYear> activity = participant.activity();
            long fewest = Long.MAX_VALUE;
            for (int i = 0, n = activity.size(); i < n; i++) {
                Integer days = activity.get(i).daysToFirstInvoice();
                if (days != null && days < fewest) {
                    fewest = days;
                }
            }
            return fewest == Long.MAX_VALUE ? Observation.MISSING : Observation.of(BigDecimal.valueOf(fewest));
        }
    }

    /** ACT03, turnover generated. */
    public static final class Act03 extends ValueCalculator {
        /** Creates the calculator. */
        public Act03() {
            super("ACT03", Statistic.SUM, IndicatorUnit.EUR);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            List<ActivityYear> years = years(participant, context);
            return years.isEmpty() ? null : Observation.of(sumOf(years, y -> y.turnover().amount()));
        }
    }

    /** INC01, mean gross monthly pay over salaried years. */
    public static final class Inc01 extends ValueCalculator {
        /** Creates the calculator. */
        public Inc01() {
            super("INC01", Statistic.MEAN, IndicatorUnit.EUR_PER_MONTH);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            List<ActivityYear> years = salariedYears(participant, context);
            if (years.isEmpty()) {
                return null;
            }
            BigDecimal pay = sumOf(years, y -> y.grossPay().amount());
            return Observation.of(pay.divide(TWELVE.multiply(BigDecimal.valueOf(years.size())), Results.PRECISION));
        }
    }

    /** INC02, paid at or above the SMIC per full-time equivalent in the latest salaried year. */
    public static final class Inc02 extends ProportionCalculator {
        /** Creates the calculator. */
        public Inc02() {
            super("INC02");
        }

        @Override
        protected Classification classify(Participant participant, MeasureContext context) {
            List<ActivityYear> salaried = salariedYears(participant, context);
            ActivityYear latest = null;
            for (int i = 0, n = salaried.size(); i < n; i++) {
                // The earlier in list order on a tie of years.
                if (latest == null || salaried.get(i).year() > latest.year()) {
                    latest = salaried.get(i);
                }
            }
            if (latest == null) {
                return null;
            }
            ActivityYear year = latest;
            Optional<Parameter> smic = context.definition().parameter("smicMonthlyGross", LocalDate.of(year.year(), 7, 1));
            if (smic.isEmpty()) {
                return Classification.MISSING;
            }
            BigDecimal threshold = smic.get().value().multiply(TWELVE).multiply(year.fte());
            return year.grossPay().amount().compareTo(threshold) >= 0 ? Classification.YES : Classification.NO;
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
    /** INC03, income change. */
    public static final class Inc03 extends SurveyChangeCalculator {
        /** Creates the calculator. */
        public Inc03() {
            super("INC03", "monthly_income", AnswerType.NUMBER, IndicatorUnit.EUR_PER_MONTH);
        }
    }
}
