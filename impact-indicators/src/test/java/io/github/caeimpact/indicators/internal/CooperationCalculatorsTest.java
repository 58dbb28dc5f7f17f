package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.exit;
import static io.github.caeimpact.indicators.Fixtures.likert;
import static io.github.caeimpact.indicators.Fixtures.person;
import static io.github.caeimpact.indicators.Fixtures.survey;
import static io.github.caeimpact.indicators.Fixtures.year;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.measured;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;

import io.github.caeimpact.indicators.HandMadeDataset;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.TimePoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cooperation and tiers-lieu indicators on the hand-made dataset. */
class CooperationCalculatorsTest {

    private final IndicatorReport report = HandMadeDataset.report();

    @Test
    void membership() {
        // COO01: CESA by 2025-12-31 and still there: P2 (not associate), P6 (associate 2024) -> 1/2; P3, P4, P10 left in 2025.
        share(report, "COO01", 1, 2, 0);
        // COO02: deadlines in 2025: P4 (no CAPE, CESA 22-02-01 -> 25-02-01), P10 (CAPE 22-01-15 -> 25-01-15); neither associate,
        // both left after their deadline -> 0/2. P3 (24-06-01) and P6 (24-09-01) fall in 2024; P2 in 2028.
        share(report, "COO02", 0, 2, 0);
        // COO03: associates P3 (0 of 1 meeting in 2025) and P6 (2 of 2) -> mean of 0 and 1 = 0.5
        value(report, "COO03", "0.5", 2, 0);
    }

    @Test
    void anAssociateAfterThePeriodIsNotYetOne() {
        // COO01 in 2025: q became associate in June 2025 (yes), r only in February 2026 (no).
        IndicatorReport edges = measured(List.of(
                person("q").events(event(EventType.CESA_SIGNED, "2024-01-10"), event(EventType.BECAME_ASSOCIATE, "2025-06-01")).build(),
                person("r").events(event(EventType.CESA_SIGNED, "2024-01-10"), event(EventType.BECAME_ASSOCIATE, "2026-02-01")).build()));
        share(edges, "COO01", 1, 2, 0);
        // COO03 counts members by the period's end only: q, with 1 of 2 meetings in 2025; r is not a member yet.
        IndicatorReport meetings = measured(List.of(
                person("q").events(event(EventType.CESA_SIGNED, "2024-01-10"), event(EventType.BECAME_ASSOCIATE, "2025-06-01"))
                        .activity(year(2025, "1000", "800", "0.2", 0, 2, 1, 2, null)).build(),
                person("r").events(event(EventType.CESA_SIGNED, "2024-01-10"), event(EventType.BECAME_ASSOCIATE, "2026-02-01"))
                        .activity(year(2025, "1000", "800", "0.2", 0, 2, 2, 2, null)).build()));
        value(meetings, "COO03", "0.5", 1, 0);
    }

    @Test
    void theThreeYearDeadlineCountsFromTheCapeBeforeTheCesaAndIncludesItsLastDay() {
        // COO02 in 2025. k: CAPE 2022-03-01 then CESA: deadline 2025-03-01, associate that very day (yes). m: CESA 2022-06-01,
        // a CAPE start after it does not count: deadline 2025-06-01, associate 2025-07-01, still there (no). n: CESA
        // 2022-04-01, left 2025-02-01 before the deadline 2025-04-01: outside the population.
        IndicatorReport edges = measured(List.of(
                person("k").events(event(EventType.CAPE_START, "2022-03-01"), event(EventType.CESA_SIGNED, "2022-09-01"),
                        event(EventType.BECAME_ASSOCIATE, "2025-03-01")).build(),
                person("m").events(event(EventType.CESA_SIGNED, "2022-06-01"), event(EventType.CAPE_START, "2022-09-01"),
                        event(EventType.BECAME_ASSOCIATE, "2025-07-01")).build(),
                person("n").events(event(EventType.CESA_SIGNED, "2022-04-01"), exit("2025-02-01", ExitOutcome.JOB_SEARCH)).build()));
        share(edges, "COO02", 1, 2, 0);
    }

    @Test
    void peerExchangeCountsFromThreeOnTheScale() {
        // COO04: s answers 3 (monthly: yes), t answers 2 (no).
        IndicatorReport edges = measured(List.of(
                person("s").events(event(EventType.CESA_SIGNED, "2024-01-10"))
                        .surveys(survey("CAE-IMPACT-ANNUAL", TimePoint.ANNUAL, "2025-11-01", likert("peer_exchange_frequency", 3))).build(),
                person("t").events(event(EventType.CESA_SIGNED, "2024-01-10"))
                        .surveys(survey("CAE-IMPACT-ANNUAL", TimePoint.ANNUAL, "2025-11-01", likert("peer_exchange_frequency", 2))).build()));
        share(edges, "COO04", 1, 2, 0);
    }

    @Test
    void tiersLieu() {
        value(report, "TLI01", "1", 1, 0); // members present: P7; P9 left on 2024-12-31
        value(report, "TLI02", "8", 2, 0); // events: P7 12, P8 4 -> mean 8
        share(report, "TLI03", 1, 2, 0); // shared services: P7 yes, P8 no
    }
}
