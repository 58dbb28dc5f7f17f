package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.json.internal.StrictJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void boundsAreIncluded() {
        assertThat(Share.of(BigDecimal.ZERO)).isEqualTo(Share.ZERO);
        assertThat(Share.of(BigDecimal.ONE)).isEqualTo(Share.ONE);
    }

    @Test
    void valuesOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> Share.parse("1.0001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> Share.parse("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void complementIsWhatRemains() {
        assertThat(Share.parse("0.25").complement().value()).isEqualByComparingTo("0.75");
        assertThat(Share.ONE.complement().value()).isEqualByComparingTo("0");
    }

    @Test
    void sharesCompareByValue() {
        assertThat(Share.parse("0.3").compareTo(Share.parse("0.25"))).isPositive();
    }

    @Test
    void jsonIsAPlainNumber() throws Exception {
        var mapper = StrictJson.mapper();
        assertThat(mapper.writeValueAsString(Share.parse("0.25"))).isEqualTo("0.25");
        assertThat(mapper.readValue("0.5", Share.class)).isEqualTo(Share.parse("0.5"));
    }
}
