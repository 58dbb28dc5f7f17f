package io.github.caeimpact.sroi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.MapGenerator;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.result.YearResult;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the engine over many seeded generated maps (every discounting scheme, both modes,
 * the conventions, library proxies: see {@link MapGenerator}); each failure names its seed and case.
 *
 * <p>Every property runs over every generated map unless its javadoc says why it is restricted.
 * Equalities allow a relative slack of 1e-24: each BigDecimal step rounds to the 34 significant
 * digits of DECIMAL128 (relative error at most 5e-34 per step), and a map has at most a few
 * thousand steps, so a true equality cannot differ by more than about 1e-30 relatively.
 */
class SroiPropertiesTest {

    private static final long SEED = 20261126L;
    private static final int CASES = 1000;
    private static final MathContext MC = SroiEngine.MATH;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-24");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private static final ProxyLibrary LIBRARY = ProxyLibrary.standard();
    private static final PriceIndex INDEX = PriceIndex.standard();
    private final MapGenerator generator = new MapGenerator(SEED);
    /** Maps where one outcome in three is a harm (direction NEGATIVE). */
    private final MapGenerator signed = new MapGenerator(SEED, true);

    private static EvaluationPlan plan(ImpactMap map) {
        return SroiEngine.compile(map, QuantityBindings.empty(), LIBRARY, INDEX);
    }

    private static BigDecimal pv(EvaluationPlan plan, BigDecimal[] values) {
        return plan.evaluate(values).total("presentValue").value();
    }

    private static BigDecimal pv(ImpactMap map) {
        return SroiEngine.evaluate(map).total("presentValue").value();
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

    /** Holds in both modes: a share only scales a year's positive impact by a smaller non-negative factor. */
    @Test
    void moreDeadweightAttributionDisplacementDropOffOrLeakageNeverRaisesPresentValue() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(generator.map(c));
            BigDecimal[] base = plan.baseline();
            BigDecimal before = pv(plan, base);
            SplittableRandom random = new SplittableRandom(SEED + c);
            for (int i = 0; i < base.length; i++) {
                if (plan.parameters().get(i).kind() != ParameterKind.SHARE) {
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

    /**
     * Signed maps, both modes: a share scales each year's magnitude of its outcome by a smaller
     * non-negative factor and never flips its sign, so more deadweight (or any other share) never
     * raises the magnitude of an outcome, benefit or harm.
     */
    @Test
    void moreOfAnyShareNeverRaisesTheMagnitudeOfAnOutcomeInSignedMaps() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(signed.map(c));
            BigDecimal[] base = plan.baseline();
            SroiResult before = plan.evaluate(base);
            SplittableRandom random = new SplittableRandom(SEED + 31L * c);
            for (int i = 0; i < base.length; i++) {
                Parameter parameter = plan.parameters().get(i);
                if (parameter.kind() != ParameterKind.SHARE) {
                    continue;
                }
                BigDecimal[] more = base.clone();
                more[i] = base[i].add(BigDecimal.valueOf(random.nextDouble())).min(BigDecimal.ONE);
                BigDecimal was = before.outcome(parameter.outcomeId()).presentValue().value();
                BigDecimal now = plan.evaluate(more).outcome(parameter.outcomeId()).presentValue().value();
                assertThat(atMost(now.abs(), was.abs()) && now.signum() * was.signum() >= 0).as(
                        "%s (signed): raising %s from %s to %s moved PV of %s from %s to %s", where(c), parameter.id(),
                        base[i], more[i], parameter.outcomeId(), was, now).isTrue();
            }
        }
    }

    /** Signed maps: the total, the splits by stakeholder and by dimension are the signed sums of the outcomes. */
    @Test
    void totalsAndSplitsAreSignedSumsInSignedMaps() {
        for (int c = 0; c < CASES; c++) {
            SroiResult result = SroiEngine.evaluate(signed.map(c));
            BigDecimal sum = BigDecimal.ZERO;
            java.util.Map<String, BigDecimal> byStakeholder = new java.util.TreeMap<>();
            for (var outcome : result.outcomes()) {
                BigDecimal value = outcome.presentValue().value();
                assertThat(value.signum() * (outcome.direction() == Direction.NEGATIVE ? -1 : 1)).as("%s: sign of %s",
                        where(c), outcome.id()).isGreaterThanOrEqualTo(0);
                sum = sum.add(value, MC);
                byStakeholder.merge(outcome.stakeholder(), value, (a, b) -> a.add(b, MC));
            }
            assertThat(close(result.total("presentValue").value(), sum)).as("%s (signed): PV", where(c)).isTrue();
            for (java.util.Map.Entry<String, BigDecimal> entry : byStakeholder.entrySet()) {
                assertThat(result.byStakeholder().get(entry.getKey())).as("%s (signed): stakeholder %s", where(c),
                        entry.getKey()).isEqualByComparingTo(entry.getValue().setScale(2, java.math.RoundingMode.HALF_EVEN));
            }
        }
    }

    /**
     * Restricted to forecast maps: in evaluative mode the years before the analysis year are
     * compounded at the rate, so a higher rate raises them. Any ratePrecision is kept (half-even
     * rounding of the rate is monotone).
     */
    @Test
    void higherFlatRateNeverRaisesPresentValueInForecastMode() {
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            if (map.mode() != Mode.FORECAST) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(SEED ^ c);
            BigDecimal low = BigDecimal.valueOf(random.nextDouble() * 0.1);
            BigDecimal high = low.add(BigDecimal.valueOf(random.nextDouble() * 0.1));
            BigDecimal atLow = pv(MapGenerator.withFlatRate(map, low));
            BigDecimal atHigh = pv(MapGenerator.withFlatRate(map, high));
            assertThat(atMost(atHigh, atLow)).as("%s: PV at %s = %s above PV at %s = %s", where(c), high, atHigh, low,
                    atLow).isTrue();
            checked++;
        }
        assertThat(checked).as("forecast cases of seed %d", SEED).isGreaterThan(CASES / 2);
    }

    /**
     * The evaluative counterpart of the forecast rate properties, where PV as a whole has no
     * direction: a higher flat rate never lowers the value of a year before the analysis year nor of
     * an input made before it (both compounded), leaves the analysis year's values alone, and never
     * raises the value of a later year (discounted). Same impacts at both rates, so the yearly values
     * are compared one to one.
     */
    @Test
    void higherFlatRateCompoundsPastYearsAndDiscountsLaterOnesInEvaluativeMode() {
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            if (map.mode() != Mode.EVALUATIVE) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(SEED ^ (41L * c));
            BigDecimal low = BigDecimal.valueOf(random.nextDouble() * 0.1);
            BigDecimal high = low.add(BigDecimal.valueOf(random.nextDouble() * 0.1));
            SroiResult atLow = SroiEngine.evaluate(MapGenerator.withFlatRate(map, low));
            SroiResult atHigh = SroiEngine.evaluate(MapGenerator.withFlatRate(map, high));
            for (int o = 0; o < atLow.outcomes().size(); o++) {
                for (int y = 0; y < atLow.outcomes().get(o).years().size(); y++) {
                    YearResult l = atLow.outcomes().get(o).years().get(y);
                    YearResult h = atHigh.outcomes().get(o).years().get(y);
                    BigDecimal pl = l.presentValue().value();
                    BigDecimal ph = h.presentValue().value();
                    int past = Integer.compare(map.analysisYear(), l.calendarYear());
                    boolean holds = past > 0 ? atMost(pl, ph) : past < 0 ? atMost(ph, pl) : close(ph, pl);
                    assertThat(holds).as("%s: outcome %s, calendar year %d (analysis year %d): PV %s at rate %s, %s"
                            + " at rate %s", where(c), atLow.outcomes().get(o).id(), l.calendarYear(),
                            map.analysisYear(), pl, low, ph, high).isTrue();
                }
            }
            for (int i = 0; i < atLow.inputs().size(); i++) {
                BigDecimal il = atLow.inputs().get(i).value().value();
                BigDecimal ih = atHigh.inputs().get(i).value().value();
                assertThat(atMost(il, ih)).as("%s: input %d worth %s at rate %s, %s at rate %s", where(c), i, il, low,
                        ih, high).isTrue();
            }
            checked++;
        }
        assertThat(checked).as("evaluative cases of seed %d", SEED).isGreaterThan(CASES / 5);
    }

    /**
     * Restricted to forecast maps (see the flat rate). Maps under another scheme are moved to FR_2021
     * or FR_2013 (alternately) with their generated β; higher β means a higher rate in every year.
     */
    @Test
    void higherBetaNeverRaisesPresentValueOfPositiveFlowsInForecastMode() {
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            if (map.mode() != Mode.FORECAST) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(SEED + 31L * c);
            if (!(map.discounting() instanceof Discounting.Fr2021 || map.discounting() instanceof Discounting.Fr2013)) {
                BigDecimal beta = BigDecimal.valueOf(random.nextDouble() * 2);
                map = map.withDiscounting(c % 2 == 0 ? Discounting.fr2021(beta) : new Discounting.Fr2013(beta));
            }
            EvaluationPlan plan = plan(map);
            int b = plan.indexOf(ParameterId.discounting("beta"));
            BigDecimal[] values = plan.baseline();
            BigDecimal before = pv(plan, values);
            BigDecimal[] higher = values.clone();
            higher[b] = values[b].add(BigDecimal.valueOf(random.nextDouble() * 2));
            BigDecimal after = pv(plan, higher);
            assertThat(atMost(after, before)).as("%s: %s, β %s -> %s gave PV %s > %s", where(c),
                    map.discounting().getClass().getSimpleName(), values[b], higher[b], after, before).isTrue();
        }
    }

    /**
     * Restricted to forecast maps (see the flat rate). Maps under another scheme are moved to a
     * schedule of their first three yearly rates; every rate is then raised by its own amount.
     */
    @Test
    void raisingEveryRateOfAScheduleNeverRaisesPresentValueInForecastMode() {
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            if (map.mode() != Mode.FORECAST) {
                continue;
            }
            if (!(map.discounting() instanceof Discounting.Schedule)) {
                Discounting scheme = map.discounting();
                map = map.withDiscounting(new Discounting.Schedule(
                        List.of(scheme.rate(1), scheme.rate(2), scheme.rate(3))));
            }
            EvaluationPlan plan = plan(map);
            BigDecimal[] values = plan.baseline();
            BigDecimal before = pv(plan, values);
            BigDecimal[] higher = values.clone();
            SplittableRandom random = new SplittableRandom(SEED + 37L * c);
            for (int i = 0; i < values.length; i++) {
                if (plan.parameters().get(i).kind() == ParameterKind.RATE) {
                    higher[i] = values[i].add(BigDecimal.valueOf(random.nextDouble() * 0.1));
                }
            }
            BigDecimal after = pv(plan, higher);
            assertThat(atMost(after, before)).as("%s: schedule %s raised to %s gave PV %s > %s", where(c),
                    map.discounting(), Arrays.toString(higher), after, before).isTrue();
        }
    }

    /**
     * Needs a zero rate, so the scheme is replaced by FLAT 0; holds in both modes, since compounding
     * at 0 is also a factor of 1.
     */
    @Test
    void rateZeroGivesTheSumOfYearlyImpacts() {
        for (int c = 0; c < CASES; c++) {
            SroiResult result = SroiEngine.evaluate(MapGenerator.withFlatRate(signed.map(c), BigDecimal.ZERO));
            BigDecimal sum = result.outcomes().stream().flatMap(o -> o.years().stream())
                    .map(y -> y.impact().value()).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
            BigDecimal pv = result.total("presentValue").value();
            assertThat(close(pv, sum)).as("%s: PV %s, sum of impacts %s", where(c), pv, sum).isTrue();
        }
    }

    /** Exact up to the DECIMAL128 rounding of each step (see the class comment); every map. */
    @Test
    void multiplyingEveryQuantityByKMultipliesPresentValueByK() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(signed.map(c));
            BigDecimal k = BigDecimal.valueOf(new SplittableRandom(SEED + 7 * c).nextDouble() * 5);
            BigDecimal[] values = plan.baseline();
            BigDecimal before = pv(plan, values);
            for (int i = 0; i < values.length; i++) {
                if (plan.parameters().get(i).kind() == ParameterKind.QUANTITY) {
                    values[i] = values[i].multiply(k);
                }
            }
            BigDecimal after = pv(plan, values);
            BigDecimal expected = before.multiply(k, MC);
            assertThat(close(after, expected)).as("%s: k = %s, PV %s, k × PV %s", where(c), k, after, expected).isTrue();
        }
    }

    /** Every map: a year more adds a non-negative term (PRO_RATA completes the partial year first). */
    @Test
    void addingAYearOfDurationNeverLowersPresentValue() {
        for (int c = 0; c < CASES; c++) {
            EvaluationPlan plan = plan(generator.map(c));
            BigDecimal[] base = plan.baseline();
            BigDecimal before = pv(plan, base);
            for (int i = 0; i < base.length; i++) {
                if (plan.parameters().get(i).kind() != ParameterKind.DURATION) {
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

    /**
     * Every map. On the exact totals of the audit trail within the DECIMAL128 slack; on the
     * presented figures (scale 2, half-even, each off by at most 0.005) within
     * 0.005 × (inputs + |ratio| + 0.005) + 0.005.
     */
    @Test
    void ratioTimesInputsIsPresentValue() {
        for (int c = 0; c < CASES; c++) {
            SroiResult result = SroiEngine.evaluate(signed.map(c));
            BigDecimal pv = result.total("presentValue").value();
            BigDecimal inputs = result.total("totalInputs").value();
            BigDecimal product = result.total("sroiRatio").value().multiply(inputs, MC);
            assertThat(close(product, pv)).as("%s: ratio × inputs %s, PV %s", where(c), product, pv).isTrue();
            BigDecimal net = result.total("netSroiRatio").value().multiply(inputs, MC);
            assertThat(close(net, result.total("npv").value())).as("%s: net ratio × inputs", where(c)).isTrue();
            BigDecimal shown = result.sroiRatio().multiply(result.totalInputs());
            BigDecimal slack = HALF_CENT.multiply(result.totalInputs().add(result.sroiRatio().abs()).add(HALF_CENT))
                    .add(HALF_CENT);
            assertThat(shown.subtract(result.presentValue()).abs()).as("%s: presented ratio %s × inputs %s vs PV %s",
                    where(c), result.sroiRatio(), result.totalInputs(), result.presentValue())
                    .isLessThanOrEqualTo(slack);
        }
    }

    /**
     * Links the two modes. Restricted to a flat rate: an evaluative map whose first year is the
     * analysis year counts period p with p − 1 years of discount, a forecast map with p, so at one
     * flat rate r (after ratePrecision) the evaluative PV is (1 + r) times the forecast PV; under a
     * schedule the years would meet different rates. Input years are dropped (forecast maps have none).
     */
    @Test
    void evaluativeFromTheAnalysisYearIsTheForecastBroughtForwardOneYear() {
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            BigDecimal rate = BigDecimal.valueOf(new SplittableRandom(SEED + 43L * c).nextDouble() * 0.1);
            ImpactMap forecast = new ImpactMap(map.name(), map.currency(), map.analysisYear(), null, Mode.FORECAST,
                    Discounting.flat(rate), map.conventions(), map.stakeholders(),
                    map.inputs().stream().map(i -> new Input(i.stakeholder(), i.funder(),
                            i.description(), i.amount(), i.inKind(), null, i.funderKind())).toList(), map.outcomes());
            ImpactMap evaluative = forecast.evaluativeFrom(forecast.analysisYear());
            SroiResult ahead = SroiEngine.evaluate(forecast);
            SroiResult back = SroiEngine.evaluate(evaluative);
            BigDecimal r = ahead.discountFactors().get(0).rate();
            BigDecimal expected = ahead.total("presentValue").value().multiply(BigDecimal.ONE.add(r), MC);
            BigDecimal actual = back.total("presentValue").value();
            assertThat(close(actual, expected)).as("%s: rate %s (used %s): evaluative PV %s, (1 + r) × forecast PV %s",
                    where(c), rate, r, actual, expected).isTrue();
            assertThat(back.total("totalInputs").value()).as("%s: inputs", where(c))
                    .isEqualByComparingTo(ahead.total("totalInputs").value());
        }
    }

    /** Evaluative maps only (forecast maps are covered by the result round-trip tests). */
    @Test
    void evaluativeResultIsDeterministicAndSurvivesAJsonRoundTripOfTheMap() {
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            if (map.mode() != Mode.EVALUATIVE) {
                continue;
            }
            String json = SroiEngine.evaluate(map).toJson();
            assertThat(SroiEngine.evaluate(map).toJson()).as("%s: evaluated twice", where(c)).isEqualTo(json);
            ImpactMap again = ImpactMaps.read(new ByteArrayInputStream(
                    ImpactMaps.toJson(map).getBytes(StandardCharsets.UTF_8)));
            assertThat(again).as("%s: map after a JSON round trip", where(c)).isEqualTo(map);
            assertThat(SroiEngine.evaluate(again).toJson()).as("%s: result of the map read back", where(c))
                    .isEqualTo(json);
            checked++;
        }
        assertThat(checked).as("evaluative cases of seed %d", SEED).isGreaterThan(CASES / 5);
    }
}
