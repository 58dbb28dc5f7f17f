package io.github.caeimpact.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.testing.Fixtures;
import io.github.caeimpact.model.validation.Problem;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class FieldConstraintsTest {

    @Test
    void theValidatorStartsWithoutPrintingItsVersionLine() {
        FieldConstraints.check(Period.ofYear(2025), "$.period");
        assertThat(Logger.getLogger("org.hibernate.validator.internal.util.Version").isLoggable(Level.INFO))
                .as("Hibernate Validator's INFO version line reaches standard error").isFalse();
    }

    @Test
    void messagesAreInEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            List<Problem> problems = FieldConstraints.check(Fixtures.participant().birthYear(1800).build(), "$");
            assertThat(problems).extracting(Problem::message).anyMatch(m -> m.startsWith("must be greater than or equal to"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
