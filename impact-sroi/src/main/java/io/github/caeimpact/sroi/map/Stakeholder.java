package io.github.caeimpact.sroi.map;

/**
 * A group of people or an organisation that experiences change or contributes to it.
 *
 * @param id the identifier other rows refer to, unique in the map, such as {@code "entrepreneurs"}
 * @param label what the group is, for people
 */
public record Stakeholder(String id, String label) {

    /**
     * Returns a stakeholder.
     *
     * @param id the identifier
     * @param label the label
     * @return the stakeholder
     */
    public static Stakeholder of(String id, String label) {
        return new Stakeholder(id, label);
    }
}
