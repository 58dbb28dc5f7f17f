package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A proxy of the library: one id, several dated values.
 *
 * @param id the id maps refer to, such as {@code "RSA_MONTHLY_SINGLE"}
 * @param label what one unit is worth, in words
 * @param unit the unit of the value, such as {@code "EUR per month"}
 * @param indexed true if the value is money revalued with the price index, false for a rate
 * @param values the dated values, at least one
 *
 * <p>The constraints are checked by {@link ProxyLibrary#read}; their annotations give them to the
 * generated schema, {@code proxy-library.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProxyEntry(@NotBlank String id, String label, @NotBlank String unit,
        @JsonPropertyDescription("true for money revalued with the price index, false for rates; null or absent reads as true.")
        Boolean indexed, @NotEmpty List<@NotNull @Valid DatedValue> values) {

    /**
     * Copies the list.
     *
     * @param id the id
     * @param label the label
     * @param unit the unit
     * @param indexed whether indexed
     * @param values the values
     */
    public ProxyEntry {
        values = values == null ? null : List.copyOf(values);
    }
}
