package io.github.caeimpact.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import java.util.List;
import java.util.Objects;

/**
 * One published figure: an indicator's result for one category of a breakdown (or overall), or the
 * reason it is masked.
 *
 * @param category the category, one value per dimension of the breakdown; empty for the overall figure
 * @param result the result, null when masked
 * @param masked why the cell is masked, null when shown
 */
public record Cell(List<String> category, IndicatorResult result, MaskReason masked) {

    /**
     * Checks that exactly one of result and masked is present.
     *
     * @param category the category
     * @param result the result
     * @param masked the mask reason
     * @throws IllegalArgumentException if both or neither are present
     */
    public Cell {
        category = List.copyOf(Objects.requireNonNull(category, "category"));
        if ((result == null) == (masked == null)) {
            throw new IllegalArgumentException("a cell holds either a result or a mask reason");
        }
    }

    /**
     * Tells whether the cell is masked (not written to JSON: {@code masked} says it).
     *
     * @return true if masked
     */
    @JsonIgnore
    public boolean isMasked() {
        return masked != null;
    }
}
