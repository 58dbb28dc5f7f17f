package io.github.caeimpact.sroi.engine;

import static io.github.caeimpact.sroi.map.Maps.d;
import static io.github.caeimpact.sroi.map.Maps.map;
import static io.github.caeimpact.sroi.map.Maps.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.sroi.map.Conventions;
import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.FunderKind;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.result.ConventionApplied;
import io.github.caeimpact.sroi.result.Figure;
import io.github.caeimpact.sroi.result.InputValue;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.result.YearResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand vectors of the engine for harmful outcomes and the conventions of published reports
 * (ROUND_NEAREST, publishedYearValues, statedRate, a currency other than EUR), arithmetic in the
 * comments.
 */
class SroiEngineReportConventionsTest {

    /** Q = 10, P = 100, DW 0.2, DISP 0.1, ATT 0.25, d 0.1, 3 years: I = 540, 486, 437.4. */
    private static Outcome benefit() {
        return outcome("o", "A", "10", "100", "3", "0.2", "0.1", List.of("0.25"), "0.1");
    }

    /** A harm of B: Q = 2, P = 100, DW 0.5, 2 years, no other deduction: magnitude 100 a year. */
    private static Outcome harm(String deadweight) {
        return outcome("h", "B", "2", "100", "2", deadweight, "0", List.of("0"), "0").withDirection(Direction.NEGATIVE);
    }

    private static BigDecimal exact(SroiResult result, String total) {
        return result.total(total).value();
    }

    @Test
    void negativeOutcomeIsValuedLikeABenefitAndSubtracted() {
        // benefit at 5 %: PV = 540/1.05 + 486/1.05² + 437.4/1.05³ = 1332.944606414
        // harm: I1 = −(2 × 100 × (1 − 0.5)) = −100, I2 = −100; PV = −100/1.05 − 100/1.1025 = −185.941043084
        // PV = 1332.944606414 − 185.941043084 = 1147.003563330; NPV = 147.00; ratio = 1.147003563
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(d("0.05")), "1000", benefit(), harm("0.5")));
        Figure i1 = result.outcome("h").yearOneImpact();
        assertThat(i1.value()).isEqualByComparingTo("-100");
        assertThat(i1.formula()).isEqualTo("I1 = −(Q × P × (1 − DW) × (1 − DISP) × (1 − ATT) × (1 − LEAK)) = −(2 × 100 "
                + "× (1 − 0.5) × (1 − 0) × (1 − 0) × (1 − 0)) = -100 (NEGATIVE outcome: its value is subtracted)");
        assertThat(result.outcome("h").direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(result.outcome("o").direction()).isEqualTo(Direction.POSITIVE);
        assertThat(result.outcome("h").presentValue().value().doubleValue()).isCloseTo(-185.9410430839002, within(1e-9));
        assertThat(exact(result, "presentValue").doubleValue()).isCloseTo(1147.0035633300939, within(1e-9));
        assertThat(result.presentValue()).isEqualByComparingTo("1147.00");
        assertThat(result.npv()).isEqualByComparingTo("147.00");
        assertThat(result.sroiRatio()).isEqualByComparingTo("1.15");
        // signed splits: A gets 1332.94, B loses 185.94
        assertThat(result.byStakeholder()).containsEntry("A", d("1332.94")).containsEntry("B", d("-185.94"));
        assertThat(result.byDimension()).containsEntry("NONE", d("1147.00"));
        // annual impact 540 − 100 = 440: simple payback 1000 / (440 / 12) = 27.27 months
        assertThat(result.paybackMonths().simple()).isEqualByComparingTo("27.27");
        // period PV: 440/1.05 = 419.047619, 386/1.1025 = 350.113379, 437.4/1.157625 = 377.842566;
        // cumulative 769.160998 after two years: 24 + 12 × (1000 − 769.160998) / 377.842566 = 31.33
        assertThat(result.paybackMonths().discounted()).isEqualByComparingTo("31.33");
        assertThat(result.conventions()).filteredOn(c -> c.name().equals("direction"))
                .singleElement().satisfies(c -> assertThat(c.appliesTo()).containsExactly("h"));
    }

    @Test
    void moreDeadweightShrinksTheMagnitudeOfAHarmWithoutFlippingItsSign() {
        // DW 0.8: I = −(2 × 100 × 0.2) = −40 a year, rate 0: PV −80; DW 1: PV 0 (never positive)
        SroiResult dw80 = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "100", harm("0.8")));
        assertThat(exact(dw80, "presentValue")).isEqualByComparingTo("-80");
        SroiResult dw100 = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "100", harm("1")));
        assertThat(exact(dw100, "presentValue").signum()).isZero();
    }

    @Test
    void aMapThatOnlyHarmsHasANegativeRatioAndNeverPaysBack() {
        // harm of 100 a year for 2 years at rate 0: PV −200; inputs 100: ratio −2, net ratio −3
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "100", harm("0.5")));
        assertThat(result.sroiRatio()).isEqualByComparingTo("-2.00");
        assertThat(result.netSroiRatio()).isEqualByComparingTo("-3.00");
        assertThat(result.paybackMonths().simple()).isNull();
        assertThat(result.paybackMonths().simpleReason()).contains("is not positive");
        assertThat(result.paybackMonths().discounted()).isNull();
        assertThat(result.paybackMonths().discountedReason()).contains("never reaches the inputs");
    }

    @Test
    void roundNearestCountsAHalfYearInFullAndDropsAShorterOne() {
        // rate 0, 100 a year: ROUND_NEAREST 2.5 → 3 years = 300; 2.4 → 2 years = 200; 0.4 → no year = 0
        // (PRO_RATA would give 250, 240 and 40)
        Outcome half = outcome("half", "A", "1", "100", "2.5", "0", "0", List.of("0"), "0");
        Outcome less = outcome("less", "A", "1", "100", "2.4", "0", "0", List.of("0"), "0");
        Outcome tiny = outcome("tiny", "A", "1", "100", "0.4", "0", "0", List.of("0"), "0");
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "100", half, less, tiny)
                .withConventions(Conventions.GUIDE.withFractionalDuration(FractionalDuration.ROUND_NEAREST));
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(result.outcome("half").presentValue().value()).isEqualByComparingTo("300");
        assertThat(result.outcome("less").presentValue().value()).isEqualByComparingTo("200");
        assertThat(result.outcome("tiny").years()).isEmpty();
        assertThat(exact(result, "presentValue")).isEqualByComparingTo("500");
        // annual impact counts the outcomes that have a first year: 100 + 100
        assertThat(exact(result, "annualImpact")).isEqualByComparingTo("200");
        EvaluationPlan plan = SroiEngine.compile(m, io.github.caeimpact.sroi.map.QuantityBindings.empty(),
                io.github.caeimpact.sroi.proxy.ProxyLibrary.standard(), io.github.caeimpact.sroi.proxy.PriceIndex.standard());
        assertThat(plan.presentValue(plan.baselineDoubles())).isCloseTo(500, within(1e-9));
    }

    @Test
    void publishedYearValuesReplaceTheComputedOnesAndShowThemBeside() {
        // computed 540, 486, 437.4; the report printed 550, 480, 430:
        // PV = 550/1.05 + 480/1.05² + 430/1.05³ = 523.809524 + 435.374150 + 371.450167 = 1330.633840838
        Outcome published = benefit().withPublishedYearValues(List.of(d("550"), d("480"), d("430")));
        ImpactMap m = map(Discounting.flat(d("0.05")), "1000", published);
        SroiResult result = SroiEngine.evaluate(m);
        List<YearResult> years = result.outcome("o").years();
        assertThat(years).extracting(y -> y.impact().value()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("550"), d("480"), d("430"));
        assertThat(years.get(1).impact().formula()).isEqualTo("I(2) = 480 (published; computed 486: I(2) = I1 × "
                + "(1 − d)^(2 − 1) = 540 × (1 − 0.1)^1 = 486)");
        assertThat(years.get(1).impact().inputs().get("computed")).isEqualByComparingTo("486");
        assertThat(years.get(1).impact().inputs().get("published")).isEqualByComparingTo("480");
        assertThat(years.get(1).impact().sources()).containsExactly("published: publishedYearValues[1] of the map");
        assertThat(exact(result, "presentValue").doubleValue()).isCloseTo(1330.6338408379225, within(1e-9));
        EvaluationPlan plan = SroiEngine.compile(m, io.github.caeimpact.sroi.map.QuantityBindings.empty(),
                io.github.caeimpact.sroi.proxy.ProxyLibrary.standard(), io.github.caeimpact.sroi.proxy.PriceIndex.standard());
        assertThat(plan.presentValue(plan.baselineDoubles())).isCloseTo(1330.6338408379225, within(1e-9));
        // a harm's published magnitudes take its sign: −550/1.05 − ... = −1330.633840838
        SroiResult harmful = SroiEngine.evaluate(map(Discounting.flat(d("0.05")), "1000",
                published.withDirection(Direction.NEGATIVE)));
        assertThat(exact(harmful, "presentValue").doubleValue()).isCloseTo(-1330.6338408379225, within(1e-9));
        assertThat(harmful.outcome("o").years().get(0).impact().formula()).startsWith("I(1) = −550 (published;");
    }

    @Test
    void statedRateIsCarriedBesideTheRateUsed() {
        // the report printed 4 %, the rule gives 1.2 % + 1.3 × 2 % = 3.8 %; only 3.8 % is used
        SroiResult result = SroiEngine.evaluate(map(new Discounting.Fr2021(d("1.3"), d("0.04")), "1000", benefit()));
        ConventionApplied stated = result.conventions().stream().filter(c -> c.name().equals("statedRate"))
                .findFirst().orElseThrow();
        assertThat(stated.value()).isEqualTo("0.04");
        assertThat(stated.rule()).contains("the rate used in year 1 is 0.038").contains("0.012 + 0.02 × β");
        assertThat(result.discountFactors().get(0).rate()).isEqualByComparingTo("0.038");
    }

    @Test
    void aMapInAnotherCurrencyIsValuedInIt() {
        SroiResult result = SroiEngine.evaluate(new ImpactMap("chf", "CHF", 2025, null,
                io.github.caeimpact.sroi.map.Mode.FORECAST, Discounting.flat(d("0.05")), null,
                map(Discounting.flat(d("0.05")), "1000").stakeholders(), map(Discounting.flat(d("0.05")), "1000").inputs(),
                List.of(benefit())));
        assertThat(result.currency()).isEqualTo("CHF");
        assertThat(result.presentValue()).isEqualByComparingTo("1332.94");
    }

    @Test
    void hundredsOfAttributionSharesNearOneGiveAWritableResult() {
        // 400 shares of 1 − 1e-28: the exact product is 1e-11200, more decimal places than JSON writers
        // accept; figures keep at most 40 decimal places, so I1 is 0 and the result writes and reads back.
        List<String> shares = new ArrayList<>(Collections.nCopies(400, "0.9999999999999999999999999999"));
        Outcome o = outcome("o", "A", "10", "100", "200", "0", "0", shares, "0.9999999999999999999999999999");
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(d("0.05")), "1000", o));
        assertThat(result.outcome("o").yearOneImpact().value().signum()).isZero();
        assertThat(result.outcome("o").yearOneImpact().value().scale()).isLessThanOrEqualTo(40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out);
        assertThat(SroiResult.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(result);
    }

    @Test
    void valuePerEuroIsGivenForEachKindOfFunderAndForLocalPublicMoney() {
        // rate 0, one outcome of 1 × 20000 for one year: PV = 20000; inputs 3000 EPCI, 2000 DEPARTEMENT,
        // 4000 ESF, 1000 own contribution = 10000: ratio 2
        // per kind: EPCI 20000/3000 = 6.67, DEPARTEMENT 20000/2000 = 10, ESF 20000/4000 = 5, OWN 20000/1000 = 20
        // local public money = EPCI + DEPARTEMENT = 5000: 20000/5000 = 4
        Outcome o = outcome("o", "A", "1", "20000", "1", "0", "0", List.of("0"), "0");
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "1", o).withInputs(List.of(
                Input.fromFunder("Métropole", "grant", d("3000")).withFunderKind(FunderKind.EPCI),
                Input.fromFunder("Département", "grant", d("2000")).withFunderKind(FunderKind.DEPARTEMENT),
                Input.fromFunder("FSE+", "grant", d("4000")).withFunderKind(FunderKind.ESF),
                Input.fromStakeholder("A", "cooperative contribution", d("1000"), false)
                        .withFunderKind(FunderKind.OWN_CONTRIBUTION)));
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(result.sroiRatio()).isEqualByComparingTo("2.00");
        assertThat(result.valuePerEuroByFunderKind()).containsOnlyKeys("EPCI", "DEPARTEMENT", "ESF", "OWN_CONTRIBUTION")
                .containsEntry("EPCI", d("6.67")).containsEntry("DEPARTEMENT", d("10.00"))
                .containsEntry("ESF", d("5.00")).containsEntry("OWN_CONTRIBUTION", d("20.00"));
        assertThat(result.valuePerEuroOfLocalPublicMoney()).isEqualByComparingTo("4.00");
        assertThat(result.total("valuePerEuroOfLocalPublicMoney").formula()).isEqualTo(
                "valuePerEuroOfLocalPublicMoney = PV / inputs of COMMUNE, EPCI, DEPARTEMENT and REGION = 20000 / 5000 = 4");
        assertThat(result.inputs()).extracting(InputValue::funderKind).containsExactly(FunderKind.EPCI,
                FunderKind.DEPARTEMENT, FunderKind.ESF, FunderKind.OWN_CONTRIBUTION);
    }

    @Test
    void withoutLocalPublicMoneyTheLocalRatioIsNullAndUnstatedFundersAreOther() {
        // the helper map's one input of 1000 has no kind: OTHER; PV 540 + 486 + 437.4 = 1463.4 at rate 0
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "1000", benefit()));
        assertThat(result.valuePerEuroOfLocalPublicMoney()).isNull();
        assertThat(result.valuePerEuroByFunderKind()).containsOnlyKeys("OTHER").containsEntry("OTHER", d("1.46"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result.write(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"valuePerEuroOfLocalPublicMoney\" : null");
        assertThat(SroiResult.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(result);
    }
}
