package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
}
