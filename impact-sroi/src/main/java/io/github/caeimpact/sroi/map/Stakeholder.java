package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.caeimpact.model.Organisation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A group of people or an organisation that experiences change or contributes to it.
 *
 * @param id the identifier other rows refer to, unique in the map, such as {@code "entrepreneurs"}
 * @param label what the group is, for people, in the map's own language
 * @param labelFr the label in French, for a French report; null to use {@code label}
 * @param labelEn the label in English, for an English report; null to use {@code label}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stakeholder(@NotBlank String id,
        @NotBlank @JsonPropertyDescription("what the group is, in the map's own language") String label,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN) @JsonPropertyDescription("the label in French, for a French report") String labelFr,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN) @JsonPropertyDescription("the label in English, for an English report") String labelEn) {

    /**
     * Returns a stakeholder with one label.
     *
     * @param id the identifier
     * @param label the label
     * @return the stakeholder
     */
    public static Stakeholder of(String id, String label) {
        return new Stakeholder(id, label, null, null);
    }

    /**
     * Returns a copy with its label in French and in English.
     *
     * @param french the label in French, or null
     * @param english the label in English, or null
     * @return the copy
     */
    public Stakeholder withLabels(String french, String english) {
        return new Stakeholder(id, label, french, english);
    }

    /**
     * Returns the label for a report in a language: the French or English label when the map gives
     * one, else the map's own label, else the id.
     *
     * @param language {@code "fr"} or {@code "en"}
     * @return the label to show
     * @throws NullPointerException if language is null
     * @throws IllegalArgumentException if the language is neither fr nor en
     */
    public String label(String language) {
        return Translations.pick(language, labelFr, labelEn, label != null ? label : id);
    }
}
