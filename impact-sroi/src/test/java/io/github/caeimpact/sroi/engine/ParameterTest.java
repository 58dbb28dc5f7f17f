package io.github.caeimpact.sroi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParameterTest {

    private static Parameter of(ParameterKind kind) {
        return new Parameter(ParameterId.outcome(0, "quantity"), kind, "o", BigDecimal.ONE);
    }

    @Test
    void magnitudesBeyondTheMapBoundAreOutOfRange() {
        for (ParameterKind kind : new ParameterKind[] {ParameterKind.QUANTITY, ParameterKind.PROXY,
            ParameterKind.AMOUNT}) {
            Parameter parameter = of(kind);
            assertThat(parameter.accepts(0)).as(kind.name()).isTrue();
            assertThat(parameter.accepts(1e12)).as(kind.name()).isTrue();
            assertThat(parameter.accepts(1.0000001e12)).as(kind.name()).isFalse();
            assertThat(parameter.accepts(Double.POSITIVE_INFINITY)).as(kind.name()).isFalse();
            assertThat(parameter.accepts(Double.NaN)).as(kind.name()).isFalse();
            assertThat(parameter.accepts(-1)).as(kind.name()).isFalse();
        }
    }

    @Test
    void durationIsAboveZeroAndAtMostTheLongestDuration() {
        Parameter duration = of(ParameterKind.DURATION);
        assertThat(duration.accepts(200)).isTrue();
        assertThat(duration.accepts(200.0001)).isFalse();
        assertThat(duration.accepts(0)).isFalse();
    }
}
