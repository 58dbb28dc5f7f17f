package io.github.caeimpact.sroi.engine;

import static io.github.caeimpact.sroi.map.Maps.d;
import static io.github.caeimpact.sroi.map.Maps.map;
import static io.github.caeimpact.sroi.map.Maps.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.sroi.map.Conventions;
import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.map.Revaluation;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.result.ConventionApplied;
import io.github.caeimpact.sroi.result.DiscountFactor;
import io.github.caeimpact.sroi.result.Figure;
import io.github.caeimpact.sroi.result.OutcomeResult;
import io.github.caeimpact.sroi.result.Payback;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.result.YearResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SroiEngineTest {

    private static final double EXACT = 1e-20;

    /** Q = 10, P = 100, DW 0.2, DISP 0.1, ATT 0.25, d 0.1, 3 years, flat 5 %, inputs 1000. */
    private static ImpactMap threeYears(String input) {
        return map(Discounting.flat(d("0.05")), input,
                outcome("o", "A", "10", "100", "3", "0.2", "0.1", List.of("0.25"), "0.1"));
    }

    private static BigDecimal exact(SroiResult result, String total) {
        return result.total(total).value();
    }

    @Test
    void yearOneImpactMultipliesTheDeductions() {
        // I1 = 10 × 100 × (1 − 0.2) × (1 − 0.1) × (1 − 0.25) × (1 − 0) = 1000 × 0.8 × 0.9 × 0.75 = 540
        SroiResult result = SroiEngine.evaluate(threeYears("1000"));
        Figure i1 = result.outcome("o").yearOneImpact();
        assertThat(i1.value()).isEqualByComparingTo("540");
        assertThat(i1.formula()).startsWith("I1 = Q × P × (1 − DW) × (1 − DISP) × (1 − ATT) × (1 − LEAK) = 10 × 100 × (1 − 0.2)");
        assertThat(i1.inputs()).containsEntry("Q", d("10")).containsKey("DW");
        assertThat(i1.sources()).containsExactly("test proxy");
    }

    @Test
    void dropOffStartsInSecondYearAndFlatRateDiscountsYearOneOnce() {
        // I1 = 540, I2 = 540 × 0.9 = 486, I3 = 540 × 0.81 = 437.4
        // PV = 540 / 1.05 + 486 / 1.05² + 437.4 / 1.05³ = 514.285714 + 440.816327 + 377.842566 = 1332.944606414
        SroiResult result = SroiEngine.evaluate(threeYears("1000"));
        List<YearResult> years = result.outcome("o").years();
        assertThat(years).extracting(y -> y.impact().value()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("540"), d("486"), d("437.4"));
        assertThat(years.get(0).factor().value().doubleValue()).isCloseTo(1 / 1.05, within(1e-15));
        assertThat(years.get(2).impact().formula()).isEqualTo("I(3) = I1 × (1 − d)^(3 − 1) = 540 × (1 − 0.1)^2 = 437.4");
        assertThat(years.get(0).factor().formula()).isEqualTo("DF(1) = 1 / Π(1 + r_k) for k = 1..1 = 1 / 1.05 = 0.952381");
        assertThat(years.get(1).presentValue().formula()).startsWith("PV(2) = I(2) × DF(2) = 486 × 0.907029 = 440.816327");
        assertThat(exact(result, "presentValue").doubleValue()).isCloseTo(1332.9446064139943, within(1e-9));
        assertThat(result.presentValue()).isEqualByComparingTo("1332.94");
        // NPV = 1332.944606 − 1000 = 332.944606; SROI = 1.3329446; net SROI = 0.3329446
        assertThat(result.npv()).isEqualByComparingTo("332.94");
        assertThat(result.totalInputs()).isEqualByComparingTo("1000.00");
        assertThat(exact(result, "sroiRatio").doubleValue()).isCloseTo(1.3329446064139943, within(1e-15));
        assertThat(exact(result, "netSroiRatio").doubleValue()).isCloseTo(0.3329446064139943, within(1e-15));
        assertThat(result.sroiRatio()).isEqualByComparingTo("1.33");
        assertThat(result.netSroiRatio()).isEqualByComparingTo("0.33");
    }

    @Test
    void impactIsZeroAfterTheDuration() {
        // The engine lists an outcome's years up to its duration and counts nothing after:
        // a 3-year outcome has periods 1..3 only, its PV is the sum of those three years, and the
        // same outcome over 4 years differs by exactly the fourth year's PV (437.4 × 0.9 = 393.66
        // undiscounted), so the 3-year one holds no fourth-year value.
        SroiResult result = SroiEngine.evaluate(threeYears("1000"));
        OutcomeResult outcome = result.outcome("o");
        assertThat(outcome.years()).extracting(YearResult::period).containsExactly(1, 2, 3);
        BigDecimal sum = outcome.years().stream().map(y -> y.presentValue().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Sums are exact to 34 significant digits (SroiEngine.MATH).
        BigDecimal ulp = new BigDecimal("1e-25");
        assertThat(outcome.presentValue().value()).isCloseTo(sum, within(ulp));
        assertThat(exact(result, "presentValue")).isCloseTo(sum, within(ulp));
        SroiResult four = SroiEngine.evaluate(map(Discounting.flat(d("0.05")), "1000",
                outcome("o", "A", "10", "100", "4", "0.2", "0.1", List.of("0.25"), "0.1")));
        YearResult fourth = four.outcome("o").years().get(3);
        assertThat(fourth.impact().value()).isEqualByComparingTo("393.66");
        assertThat(exact(four, "presentValue").subtract(exact(result, "presentValue")))
                .isCloseTo(fourth.presentValue().value(), within(ulp));
    }

    @Test
    void scheduleDiscountsByTheProductOfYearlyRatesAndKeepsTheLastRate() {
        // rates 3 %, 4 % (year 3 keeps 4 %); I = 100 each year, no deduction
        // PV = 100/1.03 + 100/(1.03 × 1.04) + 100/(1.03 × 1.04²) = 97.087379 + 93.353249 + 89.762739 = 280.203366
        ImpactMap m = map(new Discounting.Schedule(List.of(d("0.03"), d("0.04"))), "100",
                outcome("o", "A", "1", "100", "3", "0", "0", List.of("0"), "0"));
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(exact(result, "presentValue").doubleValue()).isCloseTo(280.20336646176827, within(1e-9));
        assertThat(result.discountFactors()).extracting(DiscountFactor::rate).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0.03"), d("0.04"), d("0.04"));
    }

    @Test
    void greenBookRateFallsToThreePercentAfterYearThirty() {
        // DF(30) = 1 / 1.035^30 = 0.356278; DF(31) = 1 / (1.035^30 × 1.03) = 0.345901
        ImpactMap m = map(new Discounting.UkGreenBook(null), "100",
                outcome("o", "A", "1", "100", "31", "0", "0", List.of("0"), "0"));
        List<YearResult> years = SroiEngine.evaluate(m).outcome("o").years();
        assertThat(years.get(29).factor().value().doubleValue()).isCloseTo(0.35627841060230153, within(1e-15));
        assertThat(years.get(30).factor().value().doubleValue()).isCloseTo(0.3459013695167976, within(1e-15));
    }

    @Test
    void frenchRulesAddBetaTimesTwoPercent() {
        // FR_2021, β = 0.5: r = 1.2 % + 0.5 × 2 % = 2.2 %; PV = 100/1.022 + 100/1.022² = 193.588413
        // FR_2013, β = 1: r = 2.5 % + 2 % = 4.5 %; PV = 100/1.045 + 100/1.045² = 187.266775
        Outcome o = outcome("o", "A", "1", "100", "2", "0", "0", List.of("0"), "0");
        SroiResult fr2021 = SroiEngine.evaluate(map(Discounting.fr2021(d("0.5")), "100", o));
        SroiResult fr2013 = SroiEngine.evaluate(map(new Discounting.Fr2013(d("1")), "100", o));
        assertThat(fr2021.discountFactors().get(0).rate()).isEqualByComparingTo("0.022");
        assertThat(exact(fr2021, "presentValue").doubleValue()).isCloseTo(193.58841303457018, within(1e-9));
        assertThat(fr2013.discountFactors().get(0).rate()).isEqualByComparingTo("0.045");
        assertThat(exact(fr2013, "presentValue").doubleValue()).isCloseTo(187.26677502804424, within(1e-9));
        assertThat(SroiEngine.evaluate(map(Discounting.fr2021(d("1")), "100", o)).discountFactors().get(0).rate())
                .isEqualByComparingTo("0.032");
    }

    @Test
    void simplePaybackDividesInputsByMonthlyImpact() {
        // payback = 1000 / (540 / 12) = 22.222 months
        Payback payback = SroiEngine.evaluate(threeYears("1000")).paybackMonths();
        assertThat(payback.simple()).isEqualByComparingTo("22.22");
        assertThat(payback.simpleMonths()).isPresent();
    }

    @Test
    void discountedPaybackInterpolatesWithinTheYear() {
        // cumulative PV: 514.285714 after year 1, 955.102041 after year 2 (< 1000), PV3 = 377.842566
        // months = 24 + 12 × (1000 − 955.102041) / 377.842566 = 24 + 1.425926 = 25.425926
        SroiResult result = SroiEngine.evaluate(threeYears("1000"));
        assertThat(result.paybackMonths().discounted()).isEqualByComparingTo("25.43");
        assertThat(result.total("discountedPaybackMonths").value().doubleValue())
                .isCloseTo(25.425925925925927, within(1e-12));
    }

    @Test
    void discountedPaybackIsNeverWhenThePresentValueFallsShort() {
        // PV 1332.94 < inputs 10000: never; simple = 10000 / 45 = 222.22
        Payback payback = SroiEngine.evaluate(threeYears("10000")).paybackMonths();
        assertThat(payback.discountedMonths()).isEmpty();
        assertThat(payback.discountedReason()).contains("never reaches");
        assertThat(payback.simple()).isEqualByComparingTo("222.22");
    }

    @Test
    void presentValueIsSplitByStakeholderAndDimension() {
        // rate 0: A gets 100 + 50 = 150 (one year each), B gets 30; B's outcome has no dimension
        Outcome a1 = outcome("a1", "A", "1", "100", "1", "0", "0", List.of("0"), "0");
        Outcome a2 = outcome("a2", "A", "1", "50", "1", "0", "0", List.of("0"), "0");
        Outcome b1 = outcome("b1", "B", "1", "30", "1", "0", "0", List.of("0"), "0");
        a1 = new Outcome(a1.id(), "A", io.github.caeimpact.indicators.Dimension.WELLBEING, a1.description(), null, null, null,
                a1.quantity(), a1.proxy(), a1.durationYears(), null, a1.deadweight(), a1.displacement(),
                a1.attribution(), a1.dropOff(), null, a1.evidence(), null, null);
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "100", a1, a2, b1));
        assertThat(result.byStakeholder()).containsEntry("A", d("150.00")).containsEntry("B", d("30.00"));
        assertThat(result.byDimension()).containsEntry("WELLBEING", d("100.00")).containsEntry("NONE", d("80.00"));
        assertThat(result.presentValue()).isEqualByComparingTo("180");
    }

    @Test
    void inputsAreTotalledByContributor() {
        // 1000 from "funder" + 500 from "funder" + 250 from stakeholder A
        ImpactMap m = threeYears("1000").withInputs(List.of(Input.fromFunder("funder", "a", d("1000")),
                Input.fromFunder("funder", "b", d("500")), Input.fromStakeholder("A", "c", d("250"), true)));
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(result.inputsByContributor()).containsEntry("funder", d("1500.00")).containsEntry("A", d("250.00"));
        assertThat(result.totalInputs()).isEqualByComparingTo("1750");
        assertThat(result.inputs().get(2).inKind()).isTrue();
    }

    @Test
    void evaluativeModeCompoundsPastYearsToTheAnalysisYear() {
        // first year 2022, analysis 2024, 5 %: outcome 100 a year in 2022, 2023, 2024
        // PV = 100 × 1.05² + 100 × 1.05 + 100 = 110.25 + 105 + 100 = 315.25
        // input 1000 made in 2023: 1000 × 1.05 = 1050; SROI = 315.25 / 1050 = 0.300238
        Outcome o = outcome("o", "A", "1", "100", "3", "0", "0", List.of("0"), "0")
                .withProxy(ProxySpec.inline(FinancialProxy.of(d("100"), "EUR", 2022, "test proxy")));
        ImpactMap m = map(Discounting.flat(d("0.05")), "1000", o)
                .withInputs(List.of(Input.fromFunder("f", "grant", d("1000")).withYear(2023)))
                .withConventions(Conventions.GUIDE.withRevaluation(Revaluation.NONE));
        m = new ImpactMap(m.name(), "EUR", 2024, 2022, io.github.caeimpact.sroi.map.Mode.EVALUATIVE, m.discounting(),
                m.conventions(), m.stakeholders(), m.inputs(), m.outcomes());
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(exact(result, "presentValue")).isEqualByComparingTo("315.25");
        assertThat(exact(result, "totalInputs")).isEqualByComparingTo("1050");
        assertThat(exact(result, "sroiRatio").doubleValue()).isCloseTo(0.30023809523809525, within(1e-15));
        assertThat(result.outcome("o").years()).extracting(YearResult::calendarYear).containsExactly(2022, 2023, 2024);
        assertThat(result.outcome("o").years().get(0).factor().formula()).contains("brought forward 2 year(s) to 2024");
    }

    @Test
    void evaluativeModeDiscountsYearsAfterTheAnalysisYear() {
        // first year 2024 = analysis year, 5 %: 100 in 2024 (factor 1) + 100 in 2025 (1 / 1.05) = 195.238095
        // an input without a year counts at its amount
        Outcome o = outcome("o", "A", "1", "100", "2", "0", "0", List.of("0"), "0");
        ImpactMap m = map(Discounting.flat(d("0.05")), "1000", o);
        m = new ImpactMap(m.name(), "EUR", 2025, 2024, io.github.caeimpact.sroi.map.Mode.EVALUATIVE, m.discounting(),
                null, m.stakeholders(), m.inputs(), m.outcomes());
        SroiResult result = SroiEngine.evaluate(m);
        // analysis 2025: 2024 compounded once (105), 2025 counts as is (100)
        assertThat(exact(result, "presentValue")).isEqualByComparingTo("205");
        assertThat(exact(result, "totalInputs")).isEqualByComparingTo("1000");
        ImpactMap later = new ImpactMap(m.name(), "EUR", 2024, 2024, io.github.caeimpact.sroi.map.Mode.EVALUATIVE,
                m.discounting(), null, m.stakeholders(), m.inputs(), m.outcomes().stream()
                        .map(x -> x.withProxy(ProxySpec.inline(FinancialProxy.of(d("100"), "EUR", 2024, "test proxy"))))
                        .toList());
        assertThat(exact(SroiEngine.evaluate(later), "presentValue").doubleValue())
                .isCloseTo(100 + 100 / 1.05, within(1e-12));
    }

    @Test
    void theConventionsListEachRuleWithExactlyTheOutcomesItChanges() {
        // plain: two whole years, one attribution share, a benefit at a proxy of the analysis year: no rule lists it.
        Outcome plain = outcome("plain", "A", "1", "100", "2", "0", "0", List.of("0"), "0.1");
        Outcome marked = outcome("marked", "A", "1", "100", "1.5", "0", "0", List.of("0.2", "0.1"), "0.1")
                .withDirection(Direction.NEGATIVE)
                .withPublishedYearValues(List.of(d("70"), d("30")))
                .withProxy(ProxySpec.inline(FinancialProxy.of(d("100"), "EUR", 2022, "test proxy")));
        ImpactMap both = map(Discounting.flat(d("0.05")), "100", plain, marked)
                .withConventions(Conventions.GUIDE.withDropOffFromYearOne(List.of("marked")).withRatePrecision(3));
        PriceIndex index = PriceIndex.of("test index", "test", "test", java.util.Map.of(2022, d("100"), 2025, d("110")));
        assertThat(SroiEngine.evaluate(both, QuantityBindings.empty(), ProxyLibrary.standard(), index).conventions())
                .extracting(ConventionApplied::name, ConventionApplied::value, ConventionApplied::appliesTo)
                .containsExactly(
                        tuple("fractionalDuration", "PRO_RATA", List.of("marked")),
                        tuple("direction", "SIGNED", List.of("marked")),
                        tuple("publishedYearValues", "LISTED", List.of("marked")),
                        tuple("dropOffFromYearOne", "LISTED", List.of("marked")),
                        tuple("attribution", "PRODUCT", List.of("marked")),
                        tuple("ratePrecision", "3", List.of()),
                        tuple("revaluation", "CPI", List.of("marked")),
                        tuple("timing", "FORECAST", List.of()));
        List<ConventionApplied> alone = SroiEngine.evaluate(map(Discounting.flat(d("0.05")), "100", plain)).conventions();
        assertThat(alone).extracting(ConventionApplied::name, ConventionApplied::value, ConventionApplied::appliesTo)
                .containsExactly(
                        tuple("fractionalDuration", "PRO_RATA", List.of()),
                        tuple("direction", "POSITIVE", List.of()),
                        tuple("dropOffFromYearOne", "NONE", List.of()),
                        tuple("attribution", "PRODUCT", List.of()),
                        tuple("ratePrecision", "FULL", List.of()),
                        tuple("revaluation", "CPI", List.of()),
                        tuple("timing", "FORECAST", List.of()));
        assertThat(alone.get(4).rule()).isEqualTo("discount rates are used at full precision");
        assertThat(alone.get(5).rule()).startsWith("money proxies are revalued to the analysis year");
        assertThat(alone.get(6).rule()).startsWith("year one is discounted once");
    }

    @Test
    void theConventionsSayWhenProxiesKeepTheirDatedValuesAndPastYearsAreBroughtForward() {
        Outcome o = outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0");
        ImpactMap m = map(Discounting.flat(d("0.05")), "100", o).withConventions(Conventions.GUIDE.withRevaluation(Revaluation.NONE));
        m = new ImpactMap(m.name(), "EUR", 2025, 2024, io.github.caeimpact.sroi.map.Mode.EVALUATIVE, m.discounting(),
                m.conventions(), m.stakeholders(), m.inputs(), m.outcomes());
        List<ConventionApplied> conventions = SroiEngine.evaluate(m).conventions();
        assertThat(conventions).extracting(ConventionApplied::name).endsWith("revaluation", "timing");
        assertThat(conventions.get(conventions.size() - 2).rule()).isEqualTo("proxies are taken at their dated values");
        assertThat(conventions.get(conventions.size() - 1).value()).isEqualTo("EVALUATIVE");
        assertThat(conventions.get(conventions.size() - 1).rule()).startsWith("period p is calendar year firstYear + p − 1");
    }

    @Test
    void fractionalDurationCountsTheFinalYearProRataByDefault() {
        // rate 0, I1 = 100, d = 0.1, 2.5 years: 100 + 90 + 81 × 0.5 = 230.5
        Outcome o = outcome("o", "A", "1", "100", "2.5", "0", "0", List.of("0"), "0.1");
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "100", o));
        assertThat(exact(result, "presentValue")).isEqualByComparingTo("230.5");
        assertThat(result.conventions()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("fractionalDuration");
            assertThat(c.value()).isEqualTo("PRO_RATA");
            assertThat(c.appliesTo()).containsExactly("o");
        });
    }

    @Test
    void fractionalDurationRoundedUpCountsAFullFinalYear() {
        // 100 + 90 + 81 = 271
        Outcome o = outcome("o", "A", "1", "100", "2.5", "0", "0", List.of("0"), "0.1");
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "100", o)
                .withConventions(Conventions.GUIDE.withFractionalDuration(FractionalDuration.ROUND_UP));
        assertThat(exact(SroiEngine.evaluate(m), "presentValue")).isEqualByComparingTo("271");
    }

    @Test
    void dropOffFromYearOneAppliesToListedOutcomesOnly() {
        // rate 0, I1 = 100, d = 0.1, 2 years: listed 90 + 81 = 171; other outcome 100 + 90 = 190
        Outcome listed = outcome("listed", "A", "1", "100", "2", "0", "0", List.of("0"), "0.1");
        Outcome other = outcome("other", "A", "1", "100", "2", "0", "0", List.of("0"), "0.1");
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "100", listed, other)
                .withConventions(Conventions.GUIDE.withDropOffFromYearOne(List.of("listed")));
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(result.outcome("listed").presentValue().value()).isEqualByComparingTo("171");
        assertThat(result.outcome("other").presentValue().value()).isEqualByComparingTo("190");
        assertThat(result.conventions()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("dropOffFromYearOne");
            assertThat(c.appliesTo()).containsExactly("listed");
        });
    }

    @Test
    void severalAttributionSharesMultiplyAndLeakageDeducts() {
        // I1 = 1 × 1000 × (1 − 0.2) × (1 − 0.1) × (1 − 0.05) = 684
        Outcome o = outcome("o", "A", "1", "1000", "1", "0", "0", List.of("0.2", "0.1"), "0")
                .withDeductions(d("0"), d("0"), List.of(d("0.2"), d("0.1")), d("0"), d("0.05"));
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(BigDecimal.ZERO), "100", o));
        assertThat(result.outcome("o").yearOneImpact().value()).isEqualByComparingTo("684");
        assertThat(result.outcome("o").yearOneImpact().formula()).contains("(1 − ATT1) × (1 − ATT2) × (1 − LEAK)");
        assertThat(result.conventions()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("attribution");
            assertThat(c.appliesTo()).containsExactly("o");
        });
    }

    @Test
    void ratePrecisionRoundsTheRateBeforeUse() {
        // FR_2021, β = 0.83: r = 1.2 % + 1.66 % = 2.86 %; 3 places: 2.9 %; PV = 1000 / 1.029 = 971.817298
        // full precision: 1000 / 1.0286 = 972.195217
        Outcome o = outcome("o", "A", "1", "1000", "1", "0", "0", List.of("0"), "0");
        ImpactMap m = map(Discounting.fr2021(d("0.83")), "100", o);
        assertThat(exact(SroiEngine.evaluate(m), "presentValue").doubleValue()).isCloseTo(972.1952167995333, within(1e-9));
        SroiResult rounded = SroiEngine.evaluate(m.withConventions(Conventions.GUIDE.withRatePrecision(3)));
        assertThat(exact(rounded, "presentValue").doubleValue()).isCloseTo(971.8172983479105, within(1e-9));
        assertThat(rounded.conventions()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("ratePrecision");
            assertThat(c.value()).isEqualTo("3");
        });
    }

    @Test
    void startYearOffsetDelaysDiscounting() {
        // start offset 2, 1 year, flat 10 %: period 3, PV = 100 / 1.1³ = 75.131480
        Outcome o = outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0").withStartYear(2);
        SroiResult result = SroiEngine.evaluate(map(Discounting.flat(d("0.1")), "100", o));
        assertThat(result.outcome("o").years().get(0).period()).isEqualTo(3);
        assertThat(exact(result, "presentValue").doubleValue()).isCloseTo(100 / 1.331, within(1e-12));
    }

    @Test
    void proxiesAreRevaluedWithThePriceIndex() {
        // P = 100 × CPI(2017) / CPI(2015) = 100 × 101.23 / 100 = 101.23
        Outcome o = outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0")
                .withProxy(ProxySpec.inline(FinancialProxy.of(d("100"), "EUR", 2015, "test proxy")));
        ImpactMap m = ImpactMap.forecast("t", 2017, Discounting.flat(BigDecimal.ZERO), map(Discounting.flat(
                BigDecimal.ZERO), "1").stakeholders(), List.of(Input.fromFunder("f", "g", d("100"))), List.of(o));
        SroiResult result = SroiEngine.evaluate(m);
        assertThat(result.outcome("o").proxy().value()).isEqualByComparingTo("101.23");
        assertThat(result.outcome("o").proxy().formula()).contains("CPI(2017) / CPI(2015) = 101.23 / 100");
        assertThat(result.outcome("o").proxy().sources()).anySatisfy(s -> assertThat(s).contains("INSEE"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("001763852"));
    }

    @Test
    void boundQuantityTakesTheCallersValue() {
        // Q bound to EXI01 = 4: PV at rate 0 = 4 × 100 = 400
        Outcome o = outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0").withQuantity(Quantity.bound("EXI01"));
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "100", o);
        SroiResult result = SroiEngine.evaluate(m, QuantityBindings.empty().with("EXI01", d("4")));
        assertThat(exact(result, "presentValue")).isEqualByComparingTo("400");
    }

    @Test
    void unboundQuantityIsAnErrorWithItsPath() {
        Outcome o = outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0").withQuantity(Quantity.bound("EXI01"));
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "100", o);
        assertThatThrownBy(() -> SroiEngine.evaluate(m)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.outcomes[0].quantity.indicator");
                    assertThat(p.code()).isEqualTo("UNBOUND_QUANTITY");
                }));
    }

    @Test
    void boundValueBeyondTheBoundsOfAQuantityIsAProblemNotACrash() {
        Outcome o = outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0").withQuantity(Quantity.bound("PFI01"));
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "100", o);
        for (String value : new String[] {"6.21E13", "1E400", "1E-999"}) {
            assertThatThrownBy(() -> SroiEngine.evaluate(m, QuantityBindings.empty().with("PFI01", new BigDecimal(value))))
                    .as(value).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.report().errors()).singleElement().satisfies(p -> {
                                assertThat(p.path()).isEqualTo("$.outcomes[0].quantity.indicator");
                                assertThat(p.code()).isEqualTo("JSON_LIMIT_EXCEEDED");
                            }));
        }
    }

    @Test
    void invalidMapIsRejectedBeforeEvaluation() {
        ImpactMap m = map(Discounting.flat(BigDecimal.ZERO), "0",
                outcome("o", "A", "1", "100", "1", "0", "0", List.of("0"), "0"));
        assertThatThrownBy(() -> SroiEngine.evaluate(m)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ZERO_TOTAL_INPUT");
    }

    @Test
    void exampleMapEvaluatesWithEveryFigureSourced() {
        SroiResult result = SroiEngine.evaluate(io.github.caeimpact.sroi.ImpactMaps.example(), QuantityBindings.empty(),
                ProxyLibrary.standard(), PriceIndex.standard());
        // FR_2021 with β = 1: 3.2 % a year; one-year outcomes are discounted once (÷ 1.032). Outcome
        // PVs, as recomputed by hand: 298 799.307150 + 22 949.702542 + 30 070.697674
        // + 28 409.520349 (ARE: 60 months × 32.13 × 365/12 = 977.2875 EUR × (1 − 0.5) ÷ 1.032)
        // + 54 505.813953 + 39 970.930233 = 474 705.971901; inputs 60 000 + 40 000 + 50 000
        // + 100 000 + 8 000 = 258 000; ratio 474 705.971901 / 258 000 = 1.839946.
        // (Counted in days, 1 800 days × 32.13 × 0.5 ÷ 1.032 = 28 020.348837, the PV was 474 316.80.)
        assertThat(result.presentValue()).isEqualByComparingTo("474705.97");
        assertThat(result.totalInputs()).isEqualByComparingTo("258000.00");
        assertThat(result.sroiRatio()).isEqualByComparingTo("1.84");
        assertThat(result.outcome("pf-are-avoided").presentValue().value().doubleValue())
                .isCloseTo(60 * 32.13 * 365 / 12 * 0.5 / 1.032, within(1e-6));
        assertThat(result.byStakeholder()).containsKeys("entrepreneurs", "state-and-local-authorities");
        assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.proxy().sources()).isNotEmpty());
    }
}
