package io.github.caeimpact.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator broken down by an attribute: one cell per category met in the data, in category order.
 * Categories where nobody was concerned (none counted, none missing) are left out.
 *
 * @param kind the attribute
 * @param cells the cells
 */
public record Breakdown(BreakdownKind kind, List<Cell> cells) {

    /**
     * Copies the cells.
     *
     * @param kind the attribute
     * @param cells the cells
     * @throws NullPointerException if a part is null
     */
    public Breakdown {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }

    /**
     * Finds a category's cell.
     *
     * @param category the category values, one per dimension
     * @return the cell, or empty if nobody was counted in that category
     */
    public Optional<Cell> cell(String... category) {
        List<String> key = List.of(category);
        return cells.stream().filter(cell -> cell.category().equals(key)).findFirst();
    }
}
