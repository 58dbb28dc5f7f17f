package io.github.caeimpact.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report says about one indicator: the overall figure and its breakdowns.
 *
 * @param indicatorId the indicator id
 * @param overall the overall figure (category empty)
 * @param breakdowns the breakdowns, in the order of the options
 */
public record IndicatorSection(String indicatorId, Cell overall, List<Breakdown> breakdowns) {

    /**
     * Copies the breakdowns.
     *
     * @param indicatorId the id
     * @param overall the overall figure
     * @param breakdowns the breakdowns
     * @throws NullPointerException if a part is null
     */
    public IndicatorSection {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(overall, "overall");
        breakdowns = List.copyOf(Objects.requireNonNull(breakdowns, "breakdowns"));
    }

    /**
     * Finds a breakdown.
     *
     * @param kind the attribute
     * @return the breakdown, or empty if it was not computed
     */
    public Optional<Breakdown> breakdown(BreakdownKind kind) {
        return breakdowns.stream().filter(b -> b.kind() == kind).findFirst();
    }
}
