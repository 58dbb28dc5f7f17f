package io.github.caeimpact.sroi.uncertainty;

import static io.github.caeimpact.sroi.map.Maps.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.Prior;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {

    private static EvaluationPlan plan() {
        return BreakEvenAnalysisTest.compile(BreakEvenAnalysisTest.oneOutcome());
    }

    private static Sensitivity row(List<Sensitivity> rows, String path) {
        return rows.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void eachParameterMovesByThePercentageAndRowsAreRankedBySwing() {
        // R = 1.3329446064139942 is proportional to Q: Q 8 and 12 give 0.8 R and 1.2 R, swing 0.4 R.
        List<Sensitivity> rows = SensitivityAnalysis.of(plan(), Map.of(), SensitivityAnalysis.DEFAULT_PERCENT);
        double r = 1.3329446064139942;
        Sensitivity quantity = row(rows, "outcomes[0].quantity");
        assertThat(quantity.low()).isEqualByComparingTo("8");
        assertThat(quantity.high()).isEqualByComparingTo("12");
        assertThat(quantity.ratioLow()).isCloseTo(0.8 * r, within(1e-13));
        assertThat(quantity.ratioHigh()).isCloseTo(1.2 * r, within(1e-13));
        assertThat(quantity.swing()).isCloseTo(0.4 * r, within(1e-13));
        assertThat(quantity.parameter()).isEqualTo("quantity");
        assertThat(quantity.outcome()).isEqualTo("o");
        // DW 0.16 and 0.24: (1 − DW) / 0.8 = 1.05 and 0.95 of R, the high value gives the low ratio.
        Sensitivity deadweight = row(rows, "outcomes[0].deadweight");
        assertThat(deadweight.low()).isEqualByComparingTo("0.16");
        assertThat(deadweight.ratioLow()).isCloseTo(1.05 * r, within(1e-13));
        assertThat(deadweight.ratioHigh()).isCloseTo(0.95 * r, within(1e-13));
        // Leakage 0 stays 0: no swing, ranked last.
        assertThat(row(rows, "outcomes[0].leakage").swing()).isZero();
        assertThat(rows).isSortedAccordingTo(Comparator.comparingDouble(Sensitivity::swing).reversed());
        assertThat(rows).hasSize(9);
        assertThat(row(rows, "discounting.rate").parameter()).isEqualTo("discountRate");
        assertThat(row(rows, "discounting.rate").outcome()).isNull();
    }

    @Test
    void sharesAreClippedToZeroAndOne() {
        // ±100 %: DW 0.2 goes to 0 and 0.4; attribution 0.25 to 0 and 0.5; at 75 % a deadweight of 0.9
        // would reach 1.575 and is clipped to 1.
        List<Sensitivity> rows = SensitivityAnalysis.of(plan(), Map.of(), BigDecimal.valueOf(100));
        assertThat(row(rows, "outcomes[0].deadweight").low()).isEqualByComparingTo("0");
        assertThat(row(rows, "outcomes[0].deadweight").high()).isEqualByComparingTo("0.4");
        assertThat(row(rows, "outcomes[0].durationYears").low().doubleValue()).isEqualTo(Double.MIN_VALUE);
        EvaluationPlan wide = BreakEvenAnalysisTest.compile(io.github.caeimpact.sroi.map.Maps.map(
                io.github.caeimpact.sroi.map.Discounting.flat(d("0.05")), "1000",
                io.github.caeimpact.sroi.map.Maps.outcome("o", "A", "10", "100", "3", "0.9", "0.1", List.of("0.25"),
                        "0.1")));
        List<Sensitivity> clipped = SensitivityAnalysis.of(wide, Map.of(), BigDecimal.valueOf(75));
        assertThat(row(clipped, "outcomes[0].deadweight").high()).isEqualByComparingTo("1");
        assertThat(row(clipped, "outcomes[0].deadweight").ratioHigh()).isZero();
    }

    @Test
    void aParameterWrittenAsADistributionMovesBetweenItsStatedBounds() {
        Map<ParameterId, Distribution> stated = Map.of(
                ParameterId.outcome(0, "deadweight"), new Distribution.Triangular(d("0.1"), d("0.2"), d("0.5"), null),
                ParameterId.outcome(0, "dropOff"), new Distribution.FromPrior(Prior.DROP_OFF, d("0.1")));
        List<Sensitivity> rows = SensitivityAnalysis.of(plan(), stated, SensitivityAnalysis.DEFAULT_PERCENT);
        assertThat(row(rows, "outcomes[0].deadweight").low()).isEqualByComparingTo("0.1");
        assertThat(row(rows, "outcomes[0].deadweight").high()).isEqualByComparingTo("0.5");
        // Beta(2.3, 20.7): its 5th and 95th percentiles, about 0.022 and 0.22.
        Sensitivity dropOff = row(rows, "outcomes[0].dropOff");
        assertThat(dropOff.low().doubleValue()).isBetween(0.015, 0.03);
        assertThat(dropOff.high().doubleValue()).isBetween(0.19, 0.25);
    }

    @Test
    void aPercentageOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> SensitivityAnalysis.of(plan(), Map.of(), BigDecimal.ZERO))
                .hasMessage("percent: must be above 0 and at most 100, was 0");
        assertThatThrownBy(() -> SensitivityAnalysis.of(plan(), Map.of(), BigDecimal.valueOf(101)))
                .hasMessage("percent: must be above 0 and at most 100, was 101");
    }
}
