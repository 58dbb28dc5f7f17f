package io.github.caeimpact.sroi.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One figure of a result with its audit trail: its exact value, the formula applied with the
 * numbers substituted, the named inputs it was computed from and the sources of those inputs.
 *
 * <p>{@code value} and {@code inputs} are exact (34 significant digits, see
 * {@code MathContext.DECIMAL128}); the formula text shows numbers rounded to 6 decimal places for reading.
 *
 * @param name what the figure is, such as {@code "I1"} or {@code "PV"}
 * @param value the exact value
 * @param formula the formula with its numbers, such as {@code "I1 = Q × P × (1 − DW) = 10 × 100 × (1 − 0.2) = 800"}
 * @param inputs the named inputs, exact, sorted by name
 * @param sources where the inputs come from (proxy sources, rules), possibly empty
 */
public record Figure(String name, BigDecimal value, String formula, Map<String, BigDecimal> inputs,
        List<String> sources) {

    /**
     * Copies the collections.
     *
     * @param name the name
     * @param value the value
     * @param formula the formula
     * @param inputs the inputs
     * @param sources the sources
     */
    public Figure {
        inputs = java.util.Collections.unmodifiableMap(new TreeMap<>(inputs));
        sources = List.copyOf(sources);
    }
}
