package io.github.caeimpact.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Problem ERROR = Problem.error("$.a", "A", "bad");
    private static final Problem WARNING = Problem.warning("$.b", "B", "odd");

    @Test
    void warningsAloneAreValid() {
        ValidationReport report = ValidationReport.of(List.of(WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).containsExactly(WARNING);
        assertThatCode(() -> report.throwIfInvalid("dataset")).doesNotThrowAnyException();
    }

    @Test
    void anErrorMakesItInvalidAndThrowsWithEveryError() {
        ValidationReport report = ValidationReport.of(List.of(ERROR, WARNING)).and(ValidationReport.of(List.of(ERROR)));
        assertThat(report.errors()).hasSize(2);
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> report.throwIfInvalid("dataset"));
        assertThat(failure.report()).isSameAs(report);
        assertThat(failure).hasMessageStartingWith("invalid dataset: 2 error(s)").hasMessageContaining("$.a [A] bad");
    }

    @Test
    void longReportsAreSummarised() {
        List<Problem> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(Problem.error("$.p[" + i + "]", "A", "bad"));
        }
        assertThat(new InvalidInputException("dataset", ValidationReport.of(many))).hasMessageContaining("and 5 more");
    }

    @Test
    void emptyReportIsValid() {
        assertThat(ValidationReport.EMPTY.isValid()).isTrue();
        assertThat(ValidationReport.EMPTY.problems()).isEmpty();
    }
}
