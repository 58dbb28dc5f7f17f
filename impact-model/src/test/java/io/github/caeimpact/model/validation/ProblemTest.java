package io.github.caeimpact.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void underRelocatesARootedPath() {
        Problem problem = Problem.error("$.activity[0].turnover", "AMOUNT_NEGATIVE", "negative");
        assertThat(problem.under("$.participants[3]").path()).isEqualTo("$.participants[3].activity[0].turnover");
        assertThat(Problem.error("$", "X", "m").under("$.participants[3]").path()).isEqualTo("$.participants[3]");
        assertThat(Problem.error("year", "X", "m").under("$.activity[1]").path()).isEqualTo("$.activity[1].year");
    }

    @Test
    void severityTellsErrorsFromWarnings() {
        assertThat(Problem.error("$", "X", "m").isError()).isTrue();
        assertThat(Problem.warning("$", "X", "m").isError()).isFalse();
    }

    @Test
    void textNamesPathCodeAndMessage() {
        assertThat(Problem.error("$.id", "FIELD_REQUIRED", "must not be null"))
                .hasToString("ERROR $.id [FIELD_REQUIRED] must not be null");
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> Problem.error(null, "X", "m")).hasMessage("path");
        assertThatThrownBy(() -> Problem.error("$", "X", null)).hasMessage("message");
    }
}
