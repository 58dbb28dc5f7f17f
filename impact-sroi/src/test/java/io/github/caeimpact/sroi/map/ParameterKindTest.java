package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParameterKindTest {

    @Test
    void rateIncludesZeroAndExcludesOneInBothPaths() {
        assertThat(ParameterKind.RATE.accepts(0.0)).isTrue();
        assertThat(ParameterKind.RATE.accepts(BigDecimal.ZERO)).isTrue();
        assertThat(ParameterKind.RATE.accepts(1.0)).isFalse();
        assertThat(ParameterKind.RATE.accepts(BigDecimal.ONE)).isFalse();
        assertThat(ParameterKind.RATE.accepts(new BigDecimal("0.999"))).isTrue();
        assertThat(ParameterKind.RATE.range()).isEqualTo("at least 0 and below 1");
    }

    @Test
    void durationExcludesZeroAndIncludesTwoHundredYears() {
        assertThat(ParameterKind.DURATION.accepts(0.0)).isFalse();
        assertThat(ParameterKind.DURATION.accepts(new BigDecimal("200"))).isTrue();
        assertThat(ParameterKind.DURATION.accepts(200.0001)).isFalse();
        assertThat(ParameterKind.DURATION.range()).isEqualTo("above 0 and at most 200");
    }

    @Test
    void betaAndSharesIncludeBothEnds() {
        assertThat(ParameterKind.BETA.accepts(BigDecimal.TEN)).isTrue();
        assertThat(ParameterKind.BETA.accepts(-0.0001)).isFalse();
        assertThat(ParameterKind.SHARE.accepts(1.0)).isTrue();
        assertThat(ParameterKind.SHARE.accepts(new BigDecimal("1.0001"))).isFalse();
    }
}
