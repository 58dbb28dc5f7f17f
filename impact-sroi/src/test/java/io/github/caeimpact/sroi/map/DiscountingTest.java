package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.model.validation.Problem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountingTest {

    @Test
    void greenBookStepsDownAtEachBoundary() {
        Discounting gb = new Discounting.UkGreenBook(null);
        assertThat(gb.rate(1)).isEqualByComparingTo("0.035");
        assertThat(gb.rate(30)).isEqualByComparingTo("0.035");
        assertThat(gb.rate(31)).isEqualByComparingTo("0.030");
        assertThat(gb.rate(75)).isEqualByComparingTo("0.030");
        assertThat(gb.rate(76)).isEqualByComparingTo("0.025");
        assertThat(gb.rate(126)).isEqualByComparingTo("0.020");
        assertThat(gb.rate(201)).isEqualByComparingTo("0.015");
        assertThat(gb.rate(301)).isEqualByComparingTo("0.010");
    }

    @Test
    void frenchRulesAtBetaOne() {
        assertThat(Discounting.fr2021(BigDecimal.ONE).rate(1)).isEqualByComparingTo("0.032");
        assertThat(new Discounting.Fr2013(BigDecimal.ONE).rate(1)).isEqualByComparingTo("0.045");
    }

    @Test
    void scheduleKeepsItsLastRate() {
        Discounting schedule = new Discounting.Schedule(List.of(new BigDecimal("0.05"), new BigDecimal("0.04")));
        assertThat(schedule.rate(1)).isEqualByComparingTo("0.05");
        assertThat(schedule.rate(2)).isEqualByComparingTo("0.04");
        assertThat(schedule.rate(9)).isEqualByComparingTo("0.04");
    }

    @Test
    void eachSchemeDeclaresItsParametersWithTheirKinds() {
        assertThat(Discounting.flat(new BigDecimal("0.03")).parameters())
                .containsExactly(new Discounting.SchemeParameter("rate", ParameterKind.RATE, new BigDecimal("0.03")));
        assertThat(Discounting.fr2021(BigDecimal.ONE).parameters())
                .containsExactly(new Discounting.SchemeParameter("beta", ParameterKind.BETA, BigDecimal.ONE));
        assertThat(new Discounting.UkGreenBook(null).parameters()).isEmpty();
        assertThat(new Discounting.Schedule(List.of(new BigDecimal("0.05"), new BigDecimal("0.04"))).parameters())
                .extracting(Discounting.SchemeParameter::name).containsExactly("rates[0]", "rates[1]");
    }

    @Test
    void frenchRuleFormulaReadsAsTheRuleAndAgreesInBothPaths() {
        RateFormula rule = Discounting.fr2021(BigDecimal.ONE).formula(7);
        assertThat(rule).hasToString("0.012 + 0.02 × β");
        // beta sits at index 2 of some caller's vector: 0.012 + 0.02 × 1.5 = 0.042
        int[] at = {2};
        assertThat(rule.evaluate(new BigDecimal[] {null, null, new BigDecimal("1.5")}, at, MathContext.DECIMAL128))
                .isEqualByComparingTo("0.042");
        assertThat(rule.evaluate(new double[] {0, 0, 1.5}, at)).isCloseTo(0.042, within(1e-15));
        assertThat(rule.isConstant()).isFalse();
        assertThat(new Discounting.UkGreenBook(null).formula(31).isConstant()).isTrue();
    }

    @Test
    void schemesCheckThemselvesWithPathsAndTheRangeOfEachKind() {
        assertThat(Discounting.flat(new BigDecimal("1")).check("$.discounting"))
                .extracting(Problem::path, Problem::code).containsExactly(tuple("$.discounting.rate", "FIELD_OUT_OF_RANGE"));
        assertThat(Discounting.flat(new BigDecimal("1")).check("$.discounting").get(0).message())
                .isEqualTo("rate must be at least 0 and below 1, was 1");
        assertThat(Discounting.fr2021(new BigDecimal("11")).check("$.discounting"))
                .extracting(Problem::path, Problem::code).containsExactly(tuple("$.discounting.beta", "FIELD_OUT_OF_RANGE"));
        assertThat(Discounting.fr2021(null).check("$.discounting"))
                .extracting(Problem::path, Problem::code).containsExactly(tuple("$.discounting.beta", "FIELD_REQUIRED"));
        assertThat(new Discounting.Schedule(List.of()).check("$.discounting"))
                .extracting(Problem::path, Problem::code).containsExactly(tuple("$.discounting.rates", "FIELD_REQUIRED"));
        assertThat(new Discounting.Schedule(List.of(new BigDecimal("0.03"), new BigDecimal("-0.01")))
                .check("$.discounting")).extracting(Problem::path).containsExactly("$.discounting.rates[1]");
        assertThat(new Discounting.UkGreenBook(null).check("$.discounting")).isEmpty();
    }
}
