package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.json.internal.StrictJson;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void arithmeticIsExact() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.3"));
        assertThat(Money.parse("1823.03").minus(Money.parse("1801.80")).amount()).isEqualByComparingTo("21.23");
        assertThat(Money.parse("100").times(new BigDecimal("0.333")).amount()).isEqualByComparingTo("33.3");
    }

    @Test
    void equalityIgnoresScale() {
        assertThat(Money.parse("1.0")).isEqualTo(Money.parse("1.00")).hasSameHashCodeAs(Money.parse("1.00"));
        assertThat(Money.parse("1.0")).isNotEqualTo(Money.parse("1.01"));
        assertThat(Money.parse("1.0").compareTo(Money.parse("0.99"))).isPositive();
    }

    @Test
    void roundingHappensOnlyWhenPresented() {
        Money third = Money.of(BigDecimal.ONE).times(new BigDecimal("0.125"));
        assertThat(third.amount()).isEqualByComparingTo("0.125");
        assertThat(third.rounded()).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.parse("0.135").rounded()).isEqualTo(new BigDecimal("0.14"));
    }

    @Test
    void negativeIsReported() {
        assertThat(Money.parse("-0.01").isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> Money.of(null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Money.parse("ten")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.ZERO.plus(null)).hasMessage("other");
    }

    @Test
    void textShowsTheCurrency() {
        assertThat(Money.parse("1823.03")).hasToString("1823.03 EUR");
    }

    @Test
    void jsonIsAPlainNumber() throws Exception {
        var mapper = StrictJson.mapper();
        assertThat(mapper.writeValueAsString(Money.parse("1E+3"))).isEqualTo("1000");
        assertThat(mapper.readValue("1823.030", Money.class).amount()).isEqualTo(new BigDecimal("1823.030"));
    }

    @Test
    void additionIsAssociativeAndCommutative() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 1000; i++) {
            Money a = Money.of(BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(4)));
            Money b = Money.of(BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(4)));
            Money c = Money.of(BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(4)));
            assertThat(a.plus(b).plus(c)).as("seed 17 case %d", i).isEqualTo(a.plus(b.plus(c)));
            assertThat(a.plus(b)).as("seed 17 case %d", i).isEqualTo(b.plus(a));
            assertThat(a.plus(b).minus(b)).as("seed 17 case %d", i).isEqualTo(a);
        }
    }
}
