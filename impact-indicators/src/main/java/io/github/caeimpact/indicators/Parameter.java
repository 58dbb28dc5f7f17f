package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated, sourced number a calculator uses (e.g. the SMIC in force from a date); several values
 * of one parameter name form its history.
 *
 * @param name the parameter name, e.g. {@code smicMonthlyGross}
 * @param value the value
 * @param unit the unit, e.g. "EUR per month"
 * @param validFrom the first day the value is in force
 * @param source the citation the value comes from
 */
public record Parameter(
        @NotBlank String name,
        @NotNull BigDecimal value,
        @NotBlank String unit,
        @NotNull LocalDate validFrom,
        @NotBlank String source) {

    /**
     * Checks the parts.
     *
     * @param name the name
     * @param value the value
     * @param unit the unit
     * @param validFrom the start of validity
     * @param source the source
     * @throws NullPointerException if a part is null
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
    }
}
