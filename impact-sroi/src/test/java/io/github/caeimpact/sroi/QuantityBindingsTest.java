package io.github.caeimpact.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantityBindingsTest {

    @Test
    void bindingsAreLookedUpByIndicatorId() {
        QuantityBindings bindings = QuantityBindings.of(Map.of("EXI01", BigDecimal.ONE)).with("PUB02", BigDecimal.TEN);
        assertThat(bindings.get("EXI01")).contains(BigDecimal.ONE);
        assertThat(bindings.get("PUB02")).contains(BigDecimal.TEN);
        assertThat(bindings.get("NOPE")).isEmpty();
        assertThat(bindings.asMap().keySet()).containsExactly("EXI01", "PUB02");
    }

    @Test
    void nullValueIsRefused() {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("EXI01", null);
        assertThatThrownBy(() -> QuantityBindings.of(values)).isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }
}
