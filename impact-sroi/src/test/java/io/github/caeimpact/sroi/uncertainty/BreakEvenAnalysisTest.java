package io.github.caeimpact.sroi.uncertainty;

import static io.github.caeimpact.sroi.map.Maps.d;
import static io.github.caeimpact.sroi.map.Maps.map;
import static io.github.caeimpact.sroi.map.Maps.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.MapGenerator;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BreakEvenAnalysisTest {

    /** Values agree with the hand computation to about 12 significant digits. */
    private static final double CLOSE = 1e-11;

    static EvaluationPlan compile(ImpactMap map) {
        return SroiEngine.compile(map, QuantityBindings.empty(), ProxyLibrary.standard(), PriceIndex.standard());
    }

    /** Q = 10, P = 100, DW 0.2, DISP 0.1, ATT 0.25, d 0.1, 3 years, flat 5 %, inputs 1000. */
    static ImpactMap oneOutcome() {
        return map(Discounting.flat(d("0.05")), "1000",
                outcome("o", "A", "10", "100", "3", "0.2", "0.1", List.of("0.25"), "0.1"));
    }

    private static BreakEven row(List<BreakEven> rows, String path) {
        return rows.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    private static double value(List<BreakEven> rows, String path) {
        BreakEven row = row(rows, path);
        assertThat(row.value()).as(path + ": " + row.reason()).isNotNull();
        return row.value();
    }

    @Test
    void oneOutcomeMapHasTheHandBreakEvenOfEachParameter() {
        // I1 = 10 × 100 × 0.8 × 0.9 × 0.75 = 540; PV = 540 / 1.05 + 486 / 1.05² + 437.4 / 1.05³
        //    = 1332.9446064139941691; R = PV / 1000 = 1.3329446064139941691. The ratio is
        // proportional to Q, P, (1 − DW), (1 − DISP) and (1 − ATT): at target 1,
        // Q* = 10 / R = 7.5021872265966754, P* = 100 / R = 75.021872265966754,
        // DW* = 1 − 0.8 / R = 0.39982502187226597, DISP* = 1 − 0.9 / R = 0.32480314960629921,
        // ATT* = 1 − 0.75 / R = 0.43733595800524934.
        List<BreakEven> rows = BreakEvenAnalysis.of(compile(oneOutcome()), 1);
        assertThat(value(rows, "outcomes[0].quantity")).isCloseTo(7.5021872265966754, within(10 * CLOSE));
        assertThat(value(rows, "outcomes[0].proxy.value")).isCloseTo(75.021872265966754, within(100 * CLOSE));
        assertThat(value(rows, "outcomes[0].deadweight")).isCloseTo(0.39982502187226597, within(CLOSE));
        assertThat(value(rows, "outcomes[0].displacement")).isCloseTo(0.32480314960629921, within(CLOSE));
        assertThat(value(rows, "outcomes[0].attribution[0]")).isCloseTo(0.43733595800524934, within(CLOSE));
        // Drop-off: with k = 1 − d, 540 / 1.05 + 540 k / 1.05² + 540 k² / 1.05³ = 1000, a quadratic
        // a k² + b k + c = 0 with a = 540 / 1.157625, b = 540 / 1.1025, c = 540 / 1.05 − 1000:
        // k = (−b + √(b² − 4ac)) / 2a = 0.62255174175285011, d* = 0.37744825824714989.
        assertThat(value(rows, "outcomes[0].dropOff")).isCloseTo(0.37744825824714989, within(CLOSE));
        // Rate: 540 / (1 + r) + 486 / (1 + r)² + 437.4 / (1 + r)³ = 1000, the cubic's root in [0, 1)
        // r* = 0.22678688552765884.
        assertThat(value(rows, "discounting.rate")).isCloseTo(0.22678688552765884, within(CLOSE));
        // Duration (pro rata): two years give 540 / 1.05 + 486 / 1.05² = 955.10204081632653; the third
        // year is worth 437.4 / 1.05³ = 377.84256559766764, so n* = 2 + 44.897959183673469 / 377.84256559766764
        //    = 2.1188271604938272.
        assertThat(value(rows, "outcomes[0].durationYears")).isCloseTo(2.1188271604938272, within(CLOSE));
        // Leakage is proportional too: 1 − 1 / R = 0.24978127734033246.
        assertThat(value(rows, "outcomes[0].leakage")).isCloseTo(0.24978127734033246, within(CLOSE));
        assertThat(rows).extracting(BreakEven::parameter).containsExactly("quantity", "proxy", "durationYears",
                "deadweight", "displacement", "attribution", "dropOff", "leakage", "discountRate");
    }

    /**
     * Inputs 1000, flat 3.5 %. o1: Q 20, P 40, 3 years, DW 0.25, DISP 0.1, ATT 0.2, d 0.1 (I1 = 432);
     * o2: Q 4, P 100, 1 year, DW 0.5, d 0.2 (I1 = 200); o3: Q 50, P 10, 2 years, ATT 0.5 and 0.5
     * (I1 = 125). PV = 1526.6465555991870, R = 1.5266465555991870.
     */
    static ImpactMap threeOutcomes() {
        return map(Discounting.flat(d("0.035")), "1000",
                outcome("o1", "A", "20", "40", "3", "0.25", "0.1", List.of("0.2"), "0.1"),
                outcome("o2", "A", "4", "100", "1", "0.5", "0", List.of("0"), "0.2"),
                outcome("o3", "B", "50", "10", "2", "0", "0", List.of("0.5", "0.5"), "0"));
    }

    @Test
    void threeOutcomeMapAtTargetTwoHasValuesForSomeParametersAndReasonsForOthers() {
        List<BreakEven> rows = BreakEvenAnalysis.of(compile(threeOutcomes()), 2);
        // PV must reach 2000. Quantities and proxies scale their outcome's PV: x* = x × (2000 − rest) / PV_o.
        assertThat(value(rows, "outcomes[0].quantity")).isCloseTo(28.638245977358848, within(1e-10));
        assertThat(value(rows, "outcomes[0].proxy.value")).isCloseTo(57.276491954717697, within(1e-10));
        assertThat(value(rows, "outcomes[1].quantity")).isCloseTo(13.798416299096828, within(1e-10));
        assertThat(value(rows, "outcomes[1].proxy.value")).isCloseTo(344.96040747742071, within(1e-9));
        assertThat(value(rows, "outcomes[2].quantity")).isCloseTo(149.66939429548125, within(1e-9));
        assertThat(value(rows, "outcomes[2].proxy.value")).isCloseTo(29.933878859096250, within(1e-10));
        // Longer durations reach 2000 (pro rata within the last year): o1 in its 5th year, o2 in its
        // 6th, o3 in its 7th.
        assertThat(value(rows, "outcomes[0].durationYears")).isCloseTo(4.8335059429655350, within(1e-10));
        assertThat(value(rows, "outcomes[1].durationYears")).isCloseTo(5.9440923259463787, within(1e-10));
        assertThat(value(rows, "outcomes[2].durationYears")).isCloseTo(6.4554362945372771, within(1e-10));
        // No deduction, even at 0, lifts PV to 2000: o1's deadweight at 0 gives 1890.6; o2's gives
        // 1719.9; no drop-off, no rate (at 0 %, PV = 1170.72 + 200 + 250 = 1620.72) gets there either.
        for (String path : List.of("outcomes[0].deadweight", "outcomes[0].displacement", "outcomes[0].attribution[0]",
                "outcomes[0].dropOff", "outcomes[1].deadweight", "outcomes[1].dropOff", "outcomes[2].attribution[0]",
                "outcomes[2].attribution[1]", "discounting.rate")) {
            BreakEven row = row(rows, path);
            assertThat(row.value()).as(path).isNull();
            assertThat(row.reason()).as(path).isNotBlank();
        }
        // o2 lasts one year: its drop-off changes nothing.
        assertThat(row(rows, "outcomes[1].dropOff").reason()).startsWith("the ratio stays below the target");
        assertThat(row(rows, "outcomes[1].deadweight").reason()).startsWith("none in the range [0.0, 1.0]");
        assertThat(row(rows, "discounting.rate").outcome()).isNull();
        assertThat(row(rows, "outcomes[2].quantity").outcome()).isEqualTo("o3");
    }

    @Test
    void ratioRecomputedAtEveryReturnedValueEqualsTheTarget() {
        long seed = 20_261_202L;
        MapGenerator generator = new MapGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed);
        int checked = 0;
        for (int c = 0; c < 15; c++) {
            ImpactMap map = generator.map(c);
            EvaluationPlan plan = compile(map);
            double target = 0.5 + 3 * random.nextDouble();
            BigDecimal[] baseline = plan.baseline();
            for (BreakEven row : BreakEvenAnalysis.of(plan, target)) {
                if (row.value() == null) {
                    continue;
                }
                BigDecimal[] v = baseline.clone();
                v[plan.indexOf(new io.github.caeimpact.sroi.map.ParameterId(row.path()))] = new BigDecimal(row.value());
                double ratio = plan.evaluate(v).total("sroiRatio").value().round(MathContext.DECIMAL64).doubleValue();
                assertThat(ratio).as("seed %d, case %d, %s = %s", seed, c, row.path(), row.value())
                        .isCloseTo(target, within(1e-9 * target));
                checked++;
            }
        }
        assertThat(checked).as("seed %d: break-even values found", seed).isGreaterThan(40);
    }

    @Test
    void aRatioThatDoesNotDependOnAParameterHasNoBreakEven() {
        // Quantity 0: the proxy, deductions and drop-off change nothing.
        ImpactMap map = map(Discounting.flat(d("0.05")), "1000",
                outcome("o", "A", "10", "100", "3", "0.2", "0.1", List.of("0.25"), "0.1"),
                outcome("zero", "A", "0", "100", "3", "0.2", "0.1", List.of("0"), "0.1"));
        List<BreakEven> rows = BreakEvenAnalysis.of(compile(map), 1);
        assertThat(row(rows, "outcomes[1].proxy.value").reason())
                .startsWith("the ratio does not depend on this parameter: it stays at 1.33294460641");
        // The ratio is above 1 at quantity 0 already, and only grows with it.
        assertThat(row(rows, "outcomes[1].quantity").reason()).startsWith("none in the range [0.0, 1.0E12]");
    }
}
