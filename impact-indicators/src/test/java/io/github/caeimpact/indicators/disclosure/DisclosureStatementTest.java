package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureStatementTest {

    @Test
    void withoutACellKeyTheStatementSaysDifferencingIsNotProtected() {
        DisclosureStatement statement = new DisclosureStatement(5, 10, false, Map.of(MaskReason.BELOW_THRESHOLD, 3), 12, 3, 2, 4);
        assertThat(String.join(" ", statement.sentences())).contains("at least 5 or masked").contains("p = 10")
                .contains("3 BELOW_THRESHOLD").contains("Differencing is not protected against");
    }

    @Test
    void theStatementCountsTheNestedDifferencesProtectedAndThePopulationDifferencesLeft() {
        DisclosureStatement statement = new DisclosureStatement(5, 10, false, Map.of(), 12, 3, 2, 4);
        assertThat(String.join(" ", statement.sentences())).contains("Nested figures: 2 differences")
                .contains("4 pairs of shown counts of people").contains("differ by fewer than 5 people");
    }

    @Test
    void aNegativeNumberIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DisclosureStatement(5, 10, false, Map.of(), 1, 1, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void theStatementNamesNoValueOnlyCountsOfCells() {
        DisclosureStatement statement = new DisclosureStatement(5, 12.5, false, Map.of(), 0, 0, 0, 0);
        assertThat(statement.sentences()).anyMatch(s -> s.contains("Masked cells by reason: none."));
        assertThat(String.join(" ", statement.sentences())).contains("p = 12.5");
        assertThat(statement.masked()).isEmpty();
    }
}
