package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * The survey items an indicator reads.
 *
 * @param instrument the instrument id, defined in the catalogue
 * @param items the item ids read, defined in that instrument
 */
public record SurveyReference(@NotNull String instrument, @NotEmpty List<String> items) {

    /**
     * Copies the items.
     *
     * @param instrument the instrument id
     * @param items the item ids
     * @throws NullPointerException if a part is null
     */
    public SurveyReference {
        Objects.requireNonNull(instrument, "instrument");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
