package io.github.caeimpact.sroi.engine;

import static io.github.caeimpact.sroi.map.Maps.d;
import static io.github.caeimpact.sroi.map.Maps.map;
import static io.github.caeimpact.sroi.map.Maps.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.sroi.map.Conventions;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.MapGenerator;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.result.SroiResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvaluationPlanTest {

    private static final long SEED = 424242L;
    private static final int CASES = 300;

    private static EvaluationPlan compile(ImpactMap map) {
        return SroiEngine.compile(map, QuantityBindings.empty(), ProxyLibrary.standard(), PriceIndex.standard());
    }

    private static void assertAgree(EvaluationPlan plan, BigDecimal[] values, String where) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i].doubleValue();
        }
        SroiResult reference = plan.evaluate(values);
        double pv = reference.total("presentValue").value().doubleValue();
        double ratio = reference.total("sroiRatio").value().doubleValue();
        assertThat(Math.abs(plan.presentValue(doubles) - pv)).as("%s: PV fast vs reference %s", where, pv)
                .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(pv)));
        assertThat(Math.abs(plan.sroiRatio(doubles) - ratio)).as("%s: ratio fast vs reference %s", where, ratio)
                .isLessThanOrEqualTo(1e-9 * Math.max(1e-12, Math.abs(ratio)));
    }

    @Test
    void fastPathAgreesWithReferenceWithinOneBillionth() {
        // Signed maps: one outcome in three is a harm, so that the sign takes the same path in both.
        MapGenerator generator = new MapGenerator(SEED, true);
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            if (c % 3 == 0) {
                // Keeps the generated revaluation rule: a map with library references needs NONE.
                map = map.withConventions(new Conventions(c % 2 == 0 ? FractionalDuration.ROUND_UP
                        : c % 7 == 0 ? FractionalDuration.ROUND_NEAREST : null,
                        List.of(map.outcomes().get(0).id()), c % 5 == 0 ? 3 : null,
                        map.conventionsOrDefault().revaluation()));
            }
            EvaluationPlan plan = compile(map);
            BigDecimal[] values = plan.baseline();
            assertAgree(plan, values, "seed " + SEED + ", case " + c + " baseline");
            SplittableRandom random = new SplittableRandom(SEED + c);
            for (int i = 0; i < values.length; i++) {
                if (plan.parameters().get(i).kind() == ParameterKind.SHARE) {
                    values[i] = BigDecimal.valueOf(random.nextDouble());
                }
            }
            assertAgree(plan, values, "seed " + SEED + ", case " + c + " perturbed");
        }
    }

    @Test
    void fastPathAgreesInEvaluativeMode() {
        ImpactMap m = map(Discounting.flat(d("0.05")), "1000",
                outcome("o", "A", "1", "100", "5.5", "0.1", "0", List.of("0.2"), "0.1")
                        .withProxy(ProxySpec.inline(FinancialProxy.of(d("100"), "EUR", 2020, "test"))));
        m = new ImpactMap("e", "EUR", 2024, 2020, Mode.EVALUATIVE, m.discounting(),
                Conventions.GUIDE.withRevaluation(io.github.caeimpact.sroi.map.Revaluation.NONE), m.stakeholders(),
                List.of(Input.fromFunder("f", "g", d("1000")).withYear(2020), Input.fromFunder("f", "h", d("50"))),
                m.outcomes());
        EvaluationPlan plan = compile(m);
        assertAgree(plan, plan.baseline(), "evaluative");
    }

    @Test
    void everyNumericParameterIsAddressable() {
        ImpactMap m = map(Discounting.flat(d("0.035")), "1000",
                outcome("x", "A", "10", "100", "3", "0.2", "0.1", List.of("0.25", "0.1"), "0.1"));
        EvaluationPlan plan = compile(m);
        assertThat(plan.parameters()).extracting(p -> p.id().path()).containsExactly(
                "outcomes[0].quantity", "outcomes[0].proxy.value", "outcomes[0].durationYears",
                "outcomes[0].deadweight", "outcomes[0].displacement", "outcomes[0].attribution[0]",
                "outcomes[0].attribution[1]", "outcomes[0].dropOff", "outcomes[0].leakage", "inputs[0].amount",
                "discounting.rate");
        assertThat(plan.indexOf(ParameterId.outcome(0, "deadweight"))).isEqualTo(3);
        assertThat(plan.indexOf("x", "deadweight")).isEqualTo(3);
        assertThat(plan.baseline()[plan.indexOf(ParameterId.discounting("rate"))]).isEqualByComparingTo("0.035");
    }

    @Test
    void changingOneParameterChangesTheResultWithoutRereadingTheMap() {
        // deadweight 0.2 -> 0.6 halves I1: 10 × 100 × 0.4 × 0.9 × 0.75 × 0.9 = 243 instead of 486
        ImpactMap m = map(Discounting.flat(d("0")), "1000",
                outcome("x", "A", "10", "100", "1", "0.2", "0.1", List.of("0.25", "0.1"), "0"));
        EvaluationPlan plan = compile(m);
        BigDecimal[] values = plan.baseline();
        values[plan.indexOf("x", "deadweight")] = d("0.6");
        assertThat(plan.evaluate(values).total("presentValue").value()).isEqualByComparingTo("243");
        assertThat(plan.evaluate(plan.baseline()).total("presentValue").value()).isEqualByComparingTo("486");
    }

    @Test
    void outOfRangeValueIsRefusedWithItsAddress() {
        EvaluationPlan plan = compile(map(Discounting.flat(d("0")), "1000",
                outcome("x", "A", "10", "100", "1", "0.2", "0", List.of("0"), "0")));
        double[] values = plan.baselineDoubles();
        values[plan.indexOf("x", "deadweight")] = 1.5;
        assertThatThrownBy(() -> plan.presentValue(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcomes[0].deadweight");
        assertThatThrownBy(() -> plan.presentValue(new double[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected");
    }
}
