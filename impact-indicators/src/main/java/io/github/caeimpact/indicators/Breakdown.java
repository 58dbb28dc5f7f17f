package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.disclosure.MaskReason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator broken down by an attribute: one cell per category met in the data, in category order.
 * Categories where nobody was concerned (none counted, none missing) are left out. When the whole
 * breakdown is suppressed ({@code suppressed} set), it has no cells at all: which categories occur
 * would itself describe the few people concerned.
 *
 * @param kind the attribute
 * @param cells the cells, empty when suppressed
 * @param suppressed why the whole breakdown is withheld, null when it is published
 */
public record Breakdown(BreakdownKind kind, List<Cell> cells, MaskReason suppressed) {

    /**
     * Copies the cells.
     *
     * @param kind the attribute
     * @param cells the cells
     * @param suppressed why the breakdown is withheld, or null
     * @throws NullPointerException if kind or cells is null
     * @throws IllegalArgumentException if a suppressed breakdown has cells
     */
    public Breakdown {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        if (suppressed != null && !cells.isEmpty()) {
            throw new IllegalArgumentException("a suppressed breakdown has no cells");
        }
    }

    /**
     * Returns a published (not suppressed) breakdown.
     *
     * @param kind the attribute
     * @param cells the cells
     * @throws NullPointerException if a part is null
     */
    public Breakdown(BreakdownKind kind, List<Cell> cells) {
        this(kind, cells, null);
    }

    /**
     * Returns a breakdown withheld as a whole, without cells.
     *
     * @param kind the attribute
     * @param reason why it is withheld
     * @return the suppressed breakdown
     */
    public static Breakdown suppressed(BreakdownKind kind, MaskReason reason) {
        return new Breakdown(kind, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Finds a category's cell.
     *
     * @param category the category values, one per dimension
     * @return the cell, or empty if nobody was counted in that category or the breakdown is suppressed
     */
    public Optional<Cell> cell(String... category) {
        List<String> key = List.of(category);
        return cells.stream().filter(cell -> cell.category().equals(key)).findFirst();
    }
}
