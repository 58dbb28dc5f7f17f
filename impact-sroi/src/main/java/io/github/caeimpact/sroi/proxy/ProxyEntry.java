package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A proxy of the library: one id, several dated values.
 *
 * @param id the id maps refer to, such as {@code "RSA_MONTHLY_SINGLE"}
 * @param label what one unit is worth, in words
 * @param unit the unit of the value, such as {@code "EUR per month"}
 * @param indexed true if the value is money revalued with the price index, false for a rate
 * @param values the dated values, at least one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProxyEntry(String id, String label, String unit, Boolean indexed, List<DatedValue> values) {

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
