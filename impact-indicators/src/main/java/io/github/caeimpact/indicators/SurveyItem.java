package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * One question of a survey instrument, as a data producer must collect it.
 *
 * @param id the item id, lower snake case, used as {@code Answer.item} in the data
 * @param type the answer type
 * @param scale the number of points of a Likert item (e.g. 5), null for other types
 * @param unit the unit of a number item (e.g. "EUR per month"), null for other types
 * @param question the question as asked, in French and English
 * @param coding how answers are coded (e.g. "1 = never ... 5 = every day"), in English
 */
public record SurveyItem(
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]*$") String id,
        @NotNull ItemType type,
        Integer scale,
        String unit,
        @NotNull LocalizedText question,
        @NotBlank String coding) {

    /**
     * Checks the required parts.
     *
     * @param id the item id
     * @param type the answer type
     * @param scale the Likert scale
     * @param unit the number unit
     * @param question the question
     * @param coding the coding
     * @throws NullPointerException if id, type, question or coding is null
     */
    public SurveyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(coding, "coding");
    }
}
