package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.person;
import static io.github.caeimpact.indicators.Fixtures.year;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.measured;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.HandMadeDataset;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.model.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Administrative activity indicators on the hand-made dataset; all 7 entrepreneurs have a 2025 activity year. */
class ActivityCalculatorsTest {

    private final IndicatorReport report = HandMadeDataset.report();

    @Test
    void medianDaysToFirstInvoice() {
        // ACT01: P1 40, P2 10, P4 90 (2022), P6 30 (2021), P10 200 (2022); P3 and P5 none -> median of 10, 30, 40, 90, 200 = 40, 2 missing.
        IndicatorResult act01 = value(report, "ACT01", "40", 5, 2);
        // Order-statistic interval: qbinom(0.025, 5, 0.5) = 0, so 5 values cannot support a 95 % interval; withheld and said.
        assertThat(act01.interval()).isNull();
        assertThat(act01.hasWarning(Warning.INTERVAL_WITHHELD)).isTrue();
        // 2 of 7 missing = 28.6 % > 20 %
        assertThat(act01.hasWarning(Warning.HIGH_MISSING)).isTrue();
    }

    @Test
    void turnoverAndContributionsAreExactSums() {
        // ACT03: 12000 + 40000 + 5000 + 8000 + 0 + 60000 + 2000 = 127000
        value(report, "ACT03", "127000", 7, 0);
        // PFI01: contributions are 30 % + 22 % of 2025 pay in the fixtures: 0.52 x (6000 + 24000 + 4000 + 9000 + 0 + 30000 + 1500) = 0.52 x 74500
        value(report, "PFI01", "38740", 7, 0);
    }

    @Test
    void payExactlyAtTheSmicCounts() {
        // INC02 in 2025: the SMIC in force on 2025-07-01, times 12 months, for one full-time equivalent. x is paid exactly
        // that (yes), y one cent less (no).
        BigDecimal smic = Catalogue.shipped().definition("INC02").parameter("smicMonthlyGross", LocalDate.of(2025, 7, 1))
                .orElseThrow().value();
        BigDecimal threshold = smic.multiply(BigDecimal.valueOf(12));
        IndicatorReport edges = measured(List.of(
                person("x").events(event(EventType.CESA_SIGNED, "2024-01-10"))
                        .activity(year(2025, "40000", threshold.toPlainString(), "1.0", 0, 2, 0, 0, null)).build(),
                person("y").events(event(EventType.CESA_SIGNED, "2024-01-10"))
                        .activity(year(2025, "40000", threshold.subtract(new BigDecimal("0.01")).toPlainString(), "1.0", 0, 2, 0, 0, null))
                        .build()));
        share(edges, "INC02", 1, 2, 0);
    }

    @Test
    void payIndicators() {
        // INC01 salaried years (fte > 0): P2 24000/12 = 2000, P3 4000/12 = 333.3333333333333, P4 750, P6 2500, P10 125 -> sum 5708.333333333333 / 5
        value(report, "INC01", "1141.666666666667", 5, 0);
        // INC02 SMIC in force on 2025-07-01 = 1801.80, x 12 = 21621.60 per FTE: P2 24000 >= 21621.60 yes; P3 4000 < 4324.32 no;
        // P4 9000 < 10810.80 no; P6 30000 yes; P10 1500 < 6486.48 no -> 2/5
        share(report, "INC02", 2, 5, 0);
    }

    @Test
    void trainingAndSupport() {
        share(report, "SKI01", 3, 7, 0); // trainings >= 1 in 2025: P1, P4, P6
        // SKI03 interviews in 2025: 2 + 3 + 1 + 2 + 1 + 2 + 0 = 11 over 7 people
        value(report, "SKI03", "1.571428571428571", 7, 0);
        share(report, "SKI05", 4, 7, 0); // >= 2 every year: P1, P2, P4, P6
    }
}
