package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;

import io.github.caeimpact.indicators.HandMadeDataset;
import io.github.caeimpact.indicators.IndicatorReport;
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
    void tiersLieu() {
        value(report, "TLI01", "1", 1, 0); // members present: P7; P9 left on 2024-12-31
        value(report, "TLI02", "8", 2, 0); // events: P7 12, P8 4 -> mean 8
        share(report, "TLI03", 1, 2, 0); // shared services: P7 yes, P8 no
    }
}
