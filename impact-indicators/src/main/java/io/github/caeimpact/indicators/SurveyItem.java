package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
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
 * @param min the smallest answer of a number item, in its unit; null for no minimum or another type
 * @param max the largest answer of a number item, in its unit; null for no maximum or another type
 * @param scaleLabels the words of each point of a Likert item, from point 1, as many as the scale
 *     (printed on the questionnaire); empty if the points have no words or for another type
 */
public record SurveyItem(
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]*$") String id,
        @NotNull ItemType type,
        Integer scale,
        String unit,
        @NotNull LocalizedText question,
        @NotBlank String coding,
        BigDecimal min,
        BigDecimal max,
        List<@NotNull LocalizedText> scaleLabels) {

    /**
     * Checks the required parts; copies the labels (none if null).
     *
     * @param id the item id
     * @param type the answer type
     * @param scale the Likert scale
     * @param unit the number unit
     * @param question the question
     * @param coding the coding
     * @param min the smallest number
     * @param max the largest number
     * @param scaleLabels the words of the Likert points
     * @throws NullPointerException if id, type, question or coding is null
     */
    public SurveyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(coding, "coding");
        scaleLabels = scaleLabels == null ? List.of() : List.copyOf(scaleLabels);
    }

    /**
     * Returns an item without bounds or point labels.
     *
     * @param id the item id
     * @param type the answer type
     * @param scale the Likert scale, or null
     * @param unit the number unit, or null
     * @param question the question
     * @param coding the coding
     * @return the item
     */
    public static SurveyItem of(String id, ItemType type, Integer scale, String unit, LocalizedText question,
            String coding) {
        return new SurveyItem(id, type, scale, unit, question, coding, null, null, List.of());
    }
}
