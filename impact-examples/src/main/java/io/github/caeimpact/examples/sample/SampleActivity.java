package io.github.caeimpact.examples.sample;

import static io.github.caeimpact.examples.sample.SampleCae.euros;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Draws each active year's turnover, pay, contributions, trainings, interviews and meetings. */
final class SampleActivity {

    /** Cooperative contribution: about 10 % of turnover (DOMAIN.md, Code du travail L7332-3). */
    private static final double COOPERATIVE_RATE = 0.10;
    /** Share of turnover spent on the activity's own costs (an assumption of the sample). */
    private static final double COST_RATE = 0.25;
    /** Employer contributions per euro of gross pay (within the 25–42 % URSSAF range). */
    private static final double EMPLOYER_RATE = 0.30;
    /** Employee contributions per euro of gross pay (URSSAF, about 22 %). */
    private static final double EMPLOYEE_RATE = 0.22;
    /** Gross minimum wage for a full year at 35 hours: 12 × 1,801.80 € (SMIC, November 2024). */
    private static final double SMIC_YEAR = 12 * 1801.80;

    private SampleActivity() {
    }

    static List<ActivityYear> draw(SplittableRandom random, Pathway pathway, int firstYear, int lastYear) {
        List<ActivityYear> years = new ArrayList<>();
        Optional<LocalDate> entry = pathway.entryDate();
        if (entry.isEmpty()) {
            return years;
        }
        LocalDate exit = pathway.exit().map(PathwayEvent::date).orElse(LocalDate.MAX);
        LocalDate cesa = pathway.firstOf(EventType.CESA_SIGNED).map(PathwayEvent::date).orElse(LocalDate.MAX);
        LocalDate associate = pathway.firstOf(EventType.BECAME_ASSOCIATE).map(PathwayEvent::date).orElse(LocalDate.MAX);
        // Median yearly turnover about 24,000 € excl. VAT, spread as a log-normal.
        double yearlyTurnover = 24_000 * Math.exp(0.6 * gaussian(random));
        boolean firstActiveYear = true;
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate from = max(entry.get(), LocalDate.of(year, 1, 1));
            LocalDate to = min(exit, LocalDate.of(year, 12, 31));
            if (to.isBefore(from)) {
                continue;
            }
            double activeMonths = months(from, to);
            double paidMonths = cesa.isAfter(to) ? 0 : months(max(cesa, from), to);
            double ramp = firstActiveYear ? 0.6 : 1.0;
            double turnover = yearlyTurnover * ramp * activeMonths / 12;
            double pay = paidMonths == 0 ? 0
                    : turnover * (1 - COOPERATIVE_RATE - COST_RATE) / (1 + EMPLOYER_RATE) * paidMonths / activeMonths;
            BigDecimal fte = BigDecimal.valueOf(Math.min(1.0, pay / SMIC_YEAR)).setScale(2, RoundingMode.HALF_EVEN);
            boolean member = !associate.isAfter(LocalDate.of(year, 12, 31));
            int trainings = random.nextDouble() < 0.35 ? 0 : 1 + random.nextInt(3);
            int interviews = Math.max(1, (int) Math.round((2 + random.nextInt(7)) * activeMonths / 12));
            int attended = random.nextDouble() < (member ? 0.80 : 0.35) ? 1 : 0;
            Integer firstInvoice = firstActiveYear ? 15 + random.nextInt(150) : null;
            Money grossPay = euros(pay);
            years.add(new ActivityYear(year, euros(turnover), grossPay, fte,
                    euros(pay * EMPLOYER_RATE), euros(pay * EMPLOYEE_RATE), euros(turnover * COOPERATIVE_RATE),
                    trainings, interviews, attended, 1, firstInvoice));
            firstActiveYear = false;
        }
        return years;
    }

    private static double months(LocalDate from, LocalDate to) {
        return (ChronoUnit.DAYS.between(from, to) + 1) / 30.4375;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
