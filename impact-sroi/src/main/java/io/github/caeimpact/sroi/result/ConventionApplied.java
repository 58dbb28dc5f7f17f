package io.github.caeimpact.sroi.result;

import java.util.List;

/**
 * A calculation convention named in a result's audit trail.
 *
 * @param name the convention, such as {@code "fractionalDuration"}
 * @param value its setting, such as {@code "PRO_RATA"}
 * @param rule what it does
 * @param appliesTo the ids of the outcomes it changed, empty when it changed none or applies to all
 */
public record ConventionApplied(String name, String value, String rule, List<String> appliesTo) {

    /**
     * Copies the list.
     *
     * @param name the name
     * @param value the value
     * @param rule the rule
     * @param appliesTo the outcome ids
     */
    public ConventionApplied {
        appliesTo = List.copyOf(appliesTo);
    }
}
