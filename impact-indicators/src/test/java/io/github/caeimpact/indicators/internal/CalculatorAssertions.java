package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import java.math.BigDecimal;

/** Checks of one result against hand-computed figures. */
final class CalculatorAssertions {

    private CalculatorAssertions() {
    }

    static IndicatorResult share(IndicatorReport report, String id, long yes, long counted, long missing) {
        IndicatorResult result = report.result(id).orElseThrow();
        assertThat(result.numerator()).as(id + " numerator").isEqualByComparingTo(BigDecimal.valueOf(yes));
        assertThat(result.denominator()).as(id + " denominator").isEqualByComparingTo(BigDecimal.valueOf(counted));
        assertThat(result.counted()).as(id + " counted").isEqualTo(counted);
        assertThat(result.missing()).as(id + " missing").isEqualTo(missing);
        if (counted > 0) {
            assertThat(result.value().doubleValue()).as(id + " value").isEqualTo((double) yes / counted, org.assertj.core.api.Assertions.within(1e-15));
            assertThat(result.interval()).as(id + " interval").isNotNull();
        }
        return result;
    }

    /** Measures a few people of one cooperative in 2025 (reference 2026-03-31) with the shipped catalogue, every figure shown. */
    static IndicatorReport measured(java.util.List<io.github.caeimpact.model.Participant> people) {
        return io.github.caeimpact.indicators.IndicatorEngine.of(io.github.caeimpact.indicators.Catalogue.shipped())
                .measure(io.github.caeimpact.indicators.Fixtures.dataset(java.util.List.of(io.github.caeimpact.indicators.Fixtures.cae("cae-a")),
                        people), io.github.caeimpact.indicators.MeasureOptions.defaults().withDisclosureThreshold(1));
    }

    static IndicatorResult value(IndicatorReport report, String id, String expected, long counted, long missing) {
        IndicatorResult result = report.result(id).orElseThrow();
        assertThat(result.value()).as(id + " value").isEqualByComparingTo(expected);
        assertThat(result.counted()).as(id + " counted").isEqualTo(counted);
        assertThat(result.missing()).as(id + " missing").isEqualTo(missing);
        return result;
    }
}
