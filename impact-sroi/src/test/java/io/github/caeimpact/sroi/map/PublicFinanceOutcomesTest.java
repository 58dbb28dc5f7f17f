package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.result.SroiResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicFinanceOutcomesTest {

    private static final ProxyLibrary LIBRARY = ProxyLibrary.standard();

    private static ImpactMap mapOf(List<Outcome> outcomes) {
        return ImpactMap.forecast("public finance", 2025, Discounting.flat(BigDecimal.ZERO),
                List.of(PublicFinanceOutcomes.stakeholder()),
                List.of(Input.fromFunder("Métropole", "grant", new BigDecimal("10000"))), outcomes);
    }

    @Test
    void rsaMonthsAvoidedAreValuedAtTheFlatAmountNetOfDeadweight() {
        // 12 months × 646.52 × (1 − 0.5) = 3879.12
        List<Outcome> outcomes = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .rsaMonthsAvoided(new BigDecimal("12"), new BigDecimal("0.5")).build();
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.stakeholder()).isEqualTo(PublicFinanceOutcomes.STAKEHOLDER_ID);
            assertThat(o.dimension()).isEqualTo(Dimension.PUBLIC_FINANCE);
            assertThat(o.proxy()).isEqualTo(ProxySpec.ref("RSA_MONTHLY_SINGLE"));
        });
        SroiResult result = SroiEngine.evaluate(mapOf(outcomes));
        assertThat(result.total("presentValue").value()).isEqualByComparingTo("3879.12");
    }

    @Test
    void areUsesTheFormulaAndTheMinimum() {
        // SJR 60: max(0.404 × 60 + 13.18, 0.57 × 60, 32.13) = max(37.42, 34.2, 32.13) = 37.42 a day
        // per month 37.42 × 365 / 12 = 1138.1916…; 10 months, no deadweight
        List<Outcome> withWage = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .areMonthsAvoided(BigDecimal.TEN, new BigDecimal("60"), BigDecimal.ZERO).build();
        double pv = SroiEngine.evaluate(mapOf(withWage)).total("presentValue").value().doubleValue();
        assertThat(pv).isCloseTo(10 * 37.42 * 365 / 12, within(1e-9));
        // without a wage: the daily minimum 32.13
        List<Outcome> minimum = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .areMonthsAvoided(BigDecimal.TEN, null, BigDecimal.ZERO).build();
        assertThat(SroiEngine.evaluate(mapOf(minimum)).total("presentValue").value().doubleValue())
                .isCloseTo(10 * 32.13 * 365 / 12, within(1e-9));
    }

    @Test
    void areNeverExceedsThreeQuartersOfTheReferenceWage() {
        // SJR 40: max(0.404 × 40 + 13.18, 0.57 × 40, 32.13) = max(29.34, 22.8, 32.13) = 32.13, above
        // the Unédic ceiling 0.75 × 40 = 30: 30 a day, 30 × 365 / 12 = 912.5 a month; 10 months
        List<Outcome> capped = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .areMonthsAvoided(BigDecimal.TEN, new BigDecimal("40"), BigDecimal.ZERO).build();
        assertThat(SroiEngine.evaluate(mapOf(capped)).total("presentValue").value().doubleValue())
                .isCloseTo(10 * 30 * 365 / 12.0, within(1e-9));
        assertThat(capped.get(0).proxy()).isInstanceOfSatisfying(ProxySpec.Inline.class,
                inline -> assertThat(inline.proxy().source()).contains("75 %"));
    }

    @Test
    void contributionsAreGrossPayTimesEachRate() {
        // 100000 × (1 − 0.4) × 0.30 = 18000 employer; 100000 × 0.6 × 0.22 = 13200 employee
        List<Outcome> outcomes = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .contributionsOnPay(new BigDecimal("100000"), new BigDecimal("0.4")).build();
        SroiResult result = SroiEngine.evaluate(mapOf(outcomes));
        assertThat(result.outcome("pf-employer-contributions").presentValue().value()).isEqualByComparingTo("18000");
        assertThat(result.outcome("pf-employee-contributions").presentValue().value()).isEqualByComparingTo("13200");
        assertThat(result.outcome("pf-employer-contributions").proxy().formula()).contains("a rate");
    }

    @Test
    void vatAndLongTermUnemploymentUseTheirProxies() {
        // VAT 50000 × 0.2 × (1 − 0.5) = 5000; LTU 2 person-years × 15000 (2015, not revalued) × (1 − 0.5) = 15000
        List<Outcome> outcomes = PublicFinanceOutcomes.builder(LIBRARY, 2025).durationYears(BigDecimal.ONE)
                .vatOnTurnover(new BigDecimal("50000"), new BigDecimal("0.5"))
                .longTermUnemploymentAvoided(new BigDecimal("2"), new BigDecimal("0.5")).build();
        ImpactMap map = mapOf(outcomes).withConventions(io.github.caeimpact.sroi.map.Conventions.GUIDE
                .withRevaluation(io.github.caeimpact.sroi.map.Revaluation.NONE));
        SroiResult result = SroiEngine.evaluate(map);
        assertThat(result.outcome("pf-vat").presentValue().value()).isEqualByComparingTo("5000");
        assertThat(result.outcome("pf-long-term-unemployment-avoided").presentValue().value())
                .isEqualByComparingTo("15000");
    }

    @Test
    void builtOutcomesFormAValidMapSection() {
        List<Outcome> outcomes = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .rsaMonthsAvoided(BigDecimal.ONE, BigDecimal.ZERO)
                .areMonthsAvoided(BigDecimal.ONE, null, BigDecimal.ZERO)
                .contributionsOnPay(BigDecimal.TEN, BigDecimal.ZERO).build();
        assertThat(ImpactMaps.validate(mapOf(outcomes)).problems()).isEmpty();
        assertThat(outcomes).extracting(Outcome::id).doesNotHaveDuplicates();
    }

    @Test
    void theWholeCostOfLongTermUnemploymentBesideContributionsIsFlaggedAsDoubleCounting() {
        PublicFinanceOutcomes.Builder builder = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .contributionsOnPay(BigDecimal.TEN, BigDecimal.ZERO)
                .longTermUnemploymentAvoided(BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(builder.doubleCounting()).singleElement().satisfies(finding -> {
            assertThat(finding.outcomes()).containsExactly("pf-employer-contributions", "pf-employee-contributions",
                    "pf-long-term-unemployment-avoided");
            assertThat(finding.reason()).contains("taxes and social contributions").contains("LONG_TERM_UNEMPLOYMENT_DIRECT_SPENDING_YEAR");
        });
    }

    @Test
    void theDirectSpendingBesideContributionsIsNoDoubleCountingButBesideRsaMonthsItIs() {
        PublicFinanceOutcomes.Builder builder = PublicFinanceOutcomes.builder(LIBRARY, 2025)
                .contributionsOnPay(BigDecimal.TEN, BigDecimal.ZERO)
                .vatOnTurnover(BigDecimal.TEN, BigDecimal.ZERO)
                .longTermUnemploymentDirectSpendingAvoided(BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(builder.doubleCounting()).isEmpty();
        builder.rsaMonthsAvoided(BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(builder.doubleCounting()).singleElement().satisfies(finding -> {
            assertThat(finding.outcomes()).containsExactly("pf-long-term-unemployment-spending-avoided", "pf-rsa-avoided");
            assertThat(finding.reason()).contains("RSA");
        });
    }
}
