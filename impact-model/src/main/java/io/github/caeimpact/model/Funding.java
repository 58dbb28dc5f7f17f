package io.github.caeimpact.model;

import io.github.caeimpact.model.validation.NonNegativeAmount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Money an organisation received for its work: an investment in the SROI sense.
 *
 * @param funder who paid
 * @param funderName the public name of the funder, such as {@code "Eurométropole de Strasbourg"};
 *     null if not given
 * @param amount the amount received over the period, in euros, zero or more
 * @param period the period the funding covers
 * @param purpose what the funding is for, in a few words; null if not given
 */
public record Funding(
        @NotNull FunderKind funder,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN, message = Organisation.OPTIONAL_TEXT_MESSAGE) @Size(max = 200) String funderName,
        @NotNull @NonNegativeAmount Money amount,
        @NotNull Period period,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN, message = Organisation.OPTIONAL_TEXT_MESSAGE) @Size(max = 500) String purpose) {
}
