package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A dated money value standing for one unit of an outcome, with its source.
 *
 * <p>A proxy without a source or a base year is a defect: {@link io.github.caeimpact.sroi.ImpactMaps#validate} rejects it.
 *
 * @param value the value of one unit, in euros of the base year (or a plain number when not indexed)
 * @param unit what one unit is, such as {@code "EUR per month"}
 * @param baseYear the year whose prices the value expresses
 * @param source where the value comes from (a law text, a study, a statistics series)
 * @param indexed true (the default, when null) if the value is money to revalue with the price
 *     index; false for rates and shares (a contribution rate is not revalued)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FinancialProxy(@NotNull BigDecimal value, @NotBlank String unit,
        @NotNull @Min(MapLimits.EARLIEST_YEAR) @Max(MapLimits.LATEST_YEAR) Integer baseYear, @NotBlank String source,
        @JsonPropertyDescription("false for rates, which are not revalued; null or absent reads as true") Boolean indexed) {

    /**
     * Returns an indexed money proxy.
     *
     * @param value the value of one unit in euros of the base year
     * @param unit the unit
     * @param baseYear the base year
     * @param source the source
     * @return the proxy
     */
    public static FinancialProxy of(BigDecimal value, String unit, int baseYear, String source) {
        return new FinancialProxy(value, unit, baseYear, source, null);
    }

    /**
     * Tells whether the value is revalued with the price index.
     *
     * @return false only when {@code indexed} is explicitly false
     */
    public boolean revalued() {
        return !Boolean.FALSE.equals(indexed);
    }

    /**
     * Returns a copy with another value.
     *
     * @param newValue the value
     * @return the copy
     */
    public FinancialProxy withValue(BigDecimal newValue) {
        return new FinancialProxy(newValue, unit, baseYear, source, indexed);
    }
}
