package io.github.caeimpact.sroi.uncertainty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.JsonLimits;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.sroi.result.SroiResult;
import java.util.List;
import java.util.Objects;

/**
 * A valuation with the judgement of how sure it is: the {@link SroiResult} and, when asked for,
 * its one-way sensitivity, break-even values and Monte Carlo simulation. In JSON (see
 * {@link #toJson()}) the result's own fields come first, then {@code sensitivity},
 * {@code breakEven} and {@code monteCarlo}, each left out when not asked for.
 *
 * @param result the deterministic valuation
 * @param sensitivity the sensitivity rows, ranked by swing, or null
 * @param breakEven the break-even values, or null
 * @param monteCarlo the simulation, or null
 */
public record UncertaintyReport(SroiResult result, List<Sensitivity> sensitivity, List<BreakEven> breakEven,
        MonteCarloResult monteCarlo) {

    /** Exact figures of long horizons may be long: the result's own reading limits. */
    private static final ObjectMapper MAPPER = StrictJson.mapper(JsonLimits.DEFAULT.withMaxNumberLength(1_000));

    /**
     * Copies the lists.
     *
     * @param result not null
     * @param sensitivity may be null
     * @param breakEven may be null
     * @param monteCarlo may be null
     */
    public UncertaintyReport {
        Objects.requireNonNull(result, "result");
        sensitivity = sensitivity == null ? null : List.copyOf(sensitivity);
        breakEven = breakEven == null ? null : List.copyOf(breakEven);
    }

    /**
     * Returns the report as JSON text ending with a line break: the result's JSON with the sections
     * asked for appended; the same report gives the same bytes.
     *
     * @return the JSON
     */
    public String toJson() {
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(result.toJson());
            if (sensitivity != null) {
                tree.set("sensitivity", MAPPER.valueToTree(sensitivity));
            }
            if (breakEven != null) {
                tree.set("breakEven", MAPPER.valueToTree(breakEven));
            }
            if (monteCarlo != null) {
                tree.set("monteCarlo", MAPPER.valueToTree(monteCarlo));
            }
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an uncertainty report could not be written: " + e.getMessage(), e);
        }
    }
}
