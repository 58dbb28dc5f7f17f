package io.github.caeimpact.sroi.engine;

import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import java.math.BigDecimal;

/**
 * One numeric parameter of a compiled map, with its value in the map and the range it may take.
 *
 * @param id its address in the map
 * @param kind what it is, which fixes its range
 * @param outcomeId the id of the outcome it belongs to, or null for an input or the discounting
 * @param baseline its value in the map (a bound quantity's bound value; a proxy's value before
 *     revaluation)
 */
public record Parameter(ParameterId id, ParameterKind kind, String outcomeId, BigDecimal baseline) {

    /**
     * Tells whether a value lies in this parameter's range.
     *
     * @param value the value
     * @return true if allowed
     */
    public boolean accepts(double value) {
        return kind.accepts(value);
    }
}
