package io.github.caeimpact.model;

import io.github.caeimpact.model.validation.NonNegativeAmount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Hours of support an organisation gave its participants over a period: an input of the method.
 *
 * @param role who gave the hours
 * @param hours the number of hours, zero or more
 * @param period the period the hours were given in
 * @param hourlyValue the value of one hour in euros (for volunteers, a proxy); null if not valued
 */
public record SupportInput(
        @NotNull SupportRole role,
        @NotNull @PositiveOrZero BigDecimal hours,
        @NotNull Period period,
        @NonNegativeAmount Money hourlyValue) {

    /**
     * Returns the value of the hours: {@code hours × hourlyValue}.
     *
     * @return the value in euros, or empty when the hours are not valued
     */
    public Optional<Money> value() {
        return hourlyValue == null || hours == null
                ? Optional.empty()
                : Optional.of(hourlyValue.times(hours));
    }
}
