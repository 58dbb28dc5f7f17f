package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void yesNoReadsAsBoolean() {
        assertThat(Answer.yesNo("A", true).yes()).isTrue();
        assertThat(Answer.yesNo("A", false).yes()).isFalse();
        assertThat(Answer.yesNo("A", true).number()).isEqualByComparingTo("1");
    }

    @Test
    void likertReadsAsPoint() {
        assertThat(Answer.likert("A", 4, 5).likert()).isEqualTo(4);
        assertThat(Answer.likert("A", 4, 5).scale()).isEqualTo(5);
    }

    @Test
    void wrongTypeIsRefused() {
        assertThatThrownBy(() -> Answer.likert("A", 4, 5).yes()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Answer.number("A", BigDecimal.ONE).likert()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void surveyFindsAnswersByItem() {
        SurveyResponse survey = new SurveyResponse("CAE-IMPACT-ANNUAL", "1.0", TimePoint.ANNUAL, LocalDate.of(2025, 1, 8),
                List.of(Answer.yesNo("A", true), Answer.likert("B", 2, 5)));
        assertThat(survey.answer("B")).get().extracting(Answer::likert).isEqualTo(2);
        assertThat(survey.answer("C")).isEmpty();
    }
}
