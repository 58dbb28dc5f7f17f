package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.indicators.Cell;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.IndicatorSection;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

    @Test
    void indicatorsBindTheirTotalAndMaskedOnesStayUnbound() {
        // EXI04: 7 of 10 leavers in work -> the 7 people are the quantity, not the 0.7 share.
        IndicatorSection rate = section("EXI04", new BigDecimal("0.7"), new BigDecimal("7"), BigDecimal.TEN);
        // PUB02: a count has no numerator -> the value itself.
        IndicatorSection count = section("PUB02", new BigDecimal("42"), null, null);
        IndicatorSection masked = new IndicatorSection("EXI05", new Cell(List.of(), null, MaskReason.BELOW_THRESHOLD), List.of());
        IndicatorReport report = new IndicatorReport(List.of("CAE-IMPACT 1.0.0"), PERIOD, LocalDate.of(2026, 6, 30), 5, 42,
                List.of(rate, count, masked));

        QuantityBindings bindings = QuantityBindings.fromIndicators(report);

        assertThat(bindings.get("EXI04")).contains(new BigDecimal("7"));
        assertThat(bindings.get("PUB02")).contains(new BigDecimal("42"));
        assertThat(bindings.get("EXI05")).isEmpty();
    }

    private static final Period PERIOD = Period.ofYear(2025);

    private static IndicatorSection section(String id, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        IndicatorResult result = new IndicatorResult(id, PERIOD, value, numerator, denominator, 10, 0, null, List.of(), List.of());
        return new IndicatorSection(id, new Cell(List.of(), result, null), List.of());
    }
}
