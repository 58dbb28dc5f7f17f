package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.internal.ActivityCalculators.years;

import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.Parameter;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.spi.Observation;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.ValueCalculator;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Calculators of the PUBLIC_FINANCE dimension: contributions generated (PFI01) and public costs avoided (PFI02). */
public final class PublicFinanceCalculators {

    private PublicFinanceCalculators() {
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
    /** PFI01, employer and employee social contributions generated. */
    public static final class Pfi01 extends ValueCalculator {
        /** Creates the calculator. */
        public Pfi01() {
            super("PFI01", Statistic.SUM, IndicatorUnit.EUR);
        }

        @Override
        protected Observation observe(Participant participant, MeasureContext context) {
            List<ActivityYear> years = years(participant, context);
            return years.isEmpty() ? null : Observation.of(ActivityCalculators.sumOf(years,
                    y -> y.employerContributions().amount().add(y.employeeContributions().amount())));
        }
    }
}
