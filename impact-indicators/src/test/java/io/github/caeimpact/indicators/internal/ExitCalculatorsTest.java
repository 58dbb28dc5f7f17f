package io.github.caeimpact.indicators.internal;

import static io.github.caeimpact.indicators.internal.CalculatorAssertions.share;
import static io.github.caeimpact.indicators.internal.CalculatorAssertions.value;

import io.github.caeimpact.indicators.HandMadeDataset;
import io.github.caeimpact.indicators.IndicatorReport;
import org.junit.jupiter.api.Test;

/**
 * Exit indicators on the hand-made dataset. Leavers in 2025: P3 (BUSINESS_CREATED), P4 (JOB_SEARCH
 * updated to TRAINING by the follow-up of 2025-07-15, within 28 days), P5 (UNKNOWN, missing), P10
 * (EMPLOYED_SHORT_TERM). At 6 months (window 5 to 8 months): P3 EMPLOYED_PERMANENT (25-10-01), P4
 * fixed-term (25-12-20), P10 EMPLOYED_PERMANENT (25-08-20), P5 not reached.
 */
class ExitCalculatorsTest {

    private final IndicatorReport report = HandMadeDataset.report();

    @Test
    void situationUponLeaving() {
        share(report, "EXI01", 2, 3, 1); // in work: P3, P10
        share(report, "EXI02", 1, 3, 1); // training: P4
        share(report, "EXI03", 0, 3, 1); // job searching: none after the update of P4
        // SKI04: exit questionnaire within 28 days: P3 yes; P4, P5, P10 none -> 1/1, 3 missing
        share(report, "SKI04", 1, 1, 3);
    }

    @Test
    void situationAtSixMonths() {
        share(report, "EXI04", 3, 3, 1); // P3, P4, P10 in work; P5 not reached
        // EXI05: employed or self-employed at entry: P3 (self-employed -> permanent: improved), P4 (employed -> fixed term: not) -> 1/2
        share(report, "EXI05", 1, 2, 0);
    }

    @Test
    void publicCostsAvoided() {
        // PFI02: RSA at entry and reached: P3 (follow-up 25-10-01) and P10 (25-08-20), both in work;
        // RSA in force since 2025-04-01 = 646.52; 646.52 x 12 months x (1 - 0.625) = 2909.34 each -> 5818.68
        value(report, "PFI02", "5818.68", 2, 0);
    }
}
