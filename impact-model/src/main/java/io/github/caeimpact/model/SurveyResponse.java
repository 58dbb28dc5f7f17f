package io.github.caeimpact.model;

import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's answers to one questionnaire on one day.
 *
 * @param instrument the questionnaire's identifier, such as {@code "CAE-IMPACT-ANNUAL"}
 * @param instrumentVersion the questionnaire's version, such as {@code "1.0"}
 * @param timePoint when in the pathway it was answered
 * @param date the day it was answered
 * @param answers the answers, at most one per item; empty if none
 */
public record SurveyResponse(
        @NotBlank @Size(max = 100) String instrument,
        @NotBlank @Size(max = 50) String instrumentVersion,
        @NotNull TimePoint timePoint,
        @NotNull @SupportedDate LocalDate date,
        List<@NotNull @Valid Answer> answers) {

    /**
     * Copies the list; a missing list is empty.
     *
     * @param instrument the questionnaire
     * @param instrumentVersion its version
     * @param timePoint the time point
     * @param date the day
     * @param answers the answers, null for none
     * @throws NullPointerException if the list holds a null element
     */
    public SurveyResponse {
        answers = Lists.copyOf(answers, "answers");
    }

    /**
     * Returns the answer to an item.
     *
     * @param item the item's identifier
     * @return the first answer to it, or empty if not answered
     */
    public Optional<Answer> answer(String item) {
        Objects.requireNonNull(item, "item");
        // A loop, not a stream: each survey indicator asks once per participant.
        for (int i = 0, n = answers.size(); i < n; i++) {
            Answer answer = answers.get(i);
            if (item.equals(answer.item())) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
