package io.github.caeimpact.sroi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.ImpactMap;
import io.github.caeimpact.sroi.MapGenerator;
import io.github.caeimpact.sroi.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the engine over many seeded generated maps; each failure names its seed and case. */
class SroiPropertiesTest {

    private static final long SEED = 20261126L;
    private static final int CASES = 300;
    private static final MathContext MC = SroiEngine.MATH;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-24");

    private static final ProxyLibrary LIBRARY = ProxyLibrary.standard();
    private static final PriceIndex INDEX = PriceIndex.standard();
    private final MapGenerator generator = new MapGenerator(SEED);

    private static EvaluationPlan plan(ImpactMap map) {
        return SroiEngine.compile(map, QuantityBindings.empty(), LIBRARY, INDEX);
    }

    private static BigDecimal pv(EvaluationPlan plan, BigDecimal[] values) {
        return plan.evaluate(values).total("presentValue").value();
    }

    private static String where(int c) {
        return "seed " + SEED + ", case " + c;
    }

    /** True if a ≤ b, allowing a relative rounding tolerance. */
    private static boolean atMost(BigDecimal a, BigDecimal b) {
        BigDecimal slack = b.abs().max(BigDecimal.ONE).multiply(TOLERANCE);
        return a.compareTo(b.add(slack)) <= 0;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal slack = b.abs().max(BigDecimal.ONE).multiply(TOLERANCE);
        return a.subtract(b).abs().compareTo(slack) <= 0;
    }

    @Test
    void moreDeadweightAttributionDisplacementDropOffOrLeakageNeverRaisesPresentValue() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(generator.map(c));
            BigDecimal[] base = plan.baseline();
            BigDecimal before = pv(plan, base);
            SplittableRandom random = new SplittableRandom(SEED + c);
            for (int i = 0; i < base.length; i++) {
                if (plan.parameters().get(i).kind() != Parameter.Kind.SHARE) {
                    continue;
                }
                BigDecimal[] more = base.clone();
                more[i] = base[i].add(BigDecimal.valueOf(random.nextDouble())).min(BigDecimal.ONE);
                BigDecimal after = pv(plan, more);
                assertThat(atMost(after, before)).as("%s: raising %s from %s to %s gave PV %s > %s", where(c),
                        plan.parameters().get(i).id(), base[i], more[i], after, before).isTrue();
            }
        }
    }

    @Test
    void higherFlatRateNeverRaisesPresentValue() {
        for (int c = 0; c < CASES; c++) {
            SplittableRandom random = new SplittableRandom(SEED ^ c);
            BigDecimal low = BigDecimal.valueOf(random.nextDouble() * 0.1);
            BigDecimal high = low.add(BigDecimal.valueOf(random.nextDouble() * 0.1));
            ImpactMap map = generator.map(c);
            BigDecimal atLow = SroiEngine.evaluate(MapGenerator.withFlatRate(map, low)).total("presentValue").value();
            BigDecimal atHigh = SroiEngine.evaluate(MapGenerator.withFlatRate(map, high)).total("presentValue").value();
            assertThat(atMost(atHigh, atLow)).as("%s: PV at %s = %s above PV at %s = %s", where(c), high, atHigh, low,
                    atLow).isTrue();
        }
    }

    @Test
    void rateZeroGivesTheSumOfYearlyImpacts() {
        for (int c = 0; c < CASES; c++) {
            SroiResult result = SroiEngine.evaluate(MapGenerator.withFlatRate(generator.map(c), BigDecimal.ZERO));
            BigDecimal sum = result.outcomes().stream().flatMap(o -> o.years().stream())
                    .map(y -> y.impact().value()).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
            BigDecimal pv = result.total("presentValue").value();
            assertThat(close(pv, sum)).as("%s: PV %s, sum of impacts %s", where(c), pv, sum).isTrue();
        }
    }

    @Test
    void multiplyingEveryQuantityByKMultipliesPresentValueByK() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(generator.map(c));
            BigDecimal k = BigDecimal.valueOf(new SplittableRandom(SEED + 7 * c).nextDouble() * 5);
            BigDecimal[] values = plan.baseline();
            BigDecimal before = pv(plan, values);
            for (int i = 0; i < values.length; i++) {
                if (plan.parameters().get(i).kind() == Parameter.Kind.QUANTITY) {
                    values[i] = values[i].multiply(k);
                }
            }
            BigDecimal after = pv(plan, values);
            BigDecimal expected = before.multiply(k, MC);
            assertThat(close(after, expected)).as("%s: k = %s, PV %s, k × PV %s", where(c), k, after, expected).isTrue();
        }
    }

    @Test
    void addingAYearOfDurationNeverLowersPresentValue() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(generator.map(c));
            BigDecimal[] base = plan.baseline();
            BigDecimal before = pv(plan, base);
            for (int i = 0; i < base.length; i++) {
                if (plan.parameters().get(i).kind() != Parameter.Kind.DURATION) {
                    continue;
                }
                BigDecimal[] longer = base.clone();
                longer[i] = base[i].add(BigDecimal.ONE);
                BigDecimal after = pv(plan, longer);
                assertThat(atMost(before, after)).as("%s: %s + 1 year gave PV %s < %s", where(c),
                        plan.parameters().get(i).id(), after, before).isTrue();
            }
        }
    }

    @Test
    void ratioTimesInputsIsPresentValue() {
        for (int c = 0; c < CASES; c++) {
            SroiResult result = SroiEngine.evaluate(generator.map(c));
            BigDecimal pv = result.total("presentValue").value();
            BigDecimal product = result.total("sroiRatio").value().multiply(result.total("totalInputs").value(), MC);
            assertThat(close(product, pv)).as("%s: ratio × inputs %s, PV %s", where(c), product, pv).isTrue();
            BigDecimal net = result.total("netSroiRatio").value().multiply(result.total("totalInputs").value(), MC);
            assertThat(close(net, result.total("npv").value())).as("%s: net ratio × inputs", where(c)).isTrue();
        }
    }
}
