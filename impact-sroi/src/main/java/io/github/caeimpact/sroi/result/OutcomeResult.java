package io.github.caeimpact.sroi.result;

import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.Evidence;
import java.util.List;

/**
 * The valuation of one outcome with its audit trail.
 *
 * @param id the outcome id
 * @param stakeholder the stakeholder id
 * @param dimension the dimension, or null
 * @param evidence the evidence grade
 * @param direction whether the outcome's value is added or subtracted; its figures carry the sign
 * @param proxy the proxy value used, revalued to the analysis year when it applies
 * @param yearOneImpact {@code I1} with its formula
 * @param years each year's impact, factor and present value
 * @param presentValue the sum of the years' present values
 */
public record OutcomeResult(String id, String stakeholder, Dimension dimension, Evidence evidence, Direction direction,
        Figure proxy,
        Figure yearOneImpact, List<YearResult> years, Figure presentValue) {

    /**
     * Copies the list.
     *
     * @param id the id
     * @param stakeholder the stakeholder
     * @param dimension the dimension
     * @param evidence the evidence
     * @param direction the direction
     * @param proxy the proxy figure
     * @param yearOneImpact the year-one impact
     * @param years the years
     * @param presentValue the present value
     */
    public OutcomeResult {
        years = List.copyOf(years);
    }
}
