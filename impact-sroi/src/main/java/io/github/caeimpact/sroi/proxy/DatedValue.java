package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated value of a library proxy.
 *
 * @param value the value of one unit, in euros of the base year (or a plain rate)
 * @param baseYear the year whose prices the value expresses
 * @param validFrom the date the value took effect
 * @param source the law text, study or statistics series it comes from
 * @param note a remark (simplification, range), or null
 *
 * <p>The constraints are checked by {@link ProxyLibrary#read} (a value is at most 10<sup>12</sup>,
 * {@link MapLimits#MAX_MAGNITUDE}); their annotations give them to the generated schema.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatedValue(@NotNull @DecimalMin("0") @DecimalMax(MapLimits.MAX_MAGNITUDE_TEXT) BigDecimal value,
        @NotNull Integer baseYear, LocalDate validFrom, @NotBlank String source, String note) {
}
