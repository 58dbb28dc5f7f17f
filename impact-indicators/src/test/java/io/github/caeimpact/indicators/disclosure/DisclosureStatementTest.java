package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureStatementTest {

    @Test
    void withoutACellKeyTheStatementSaysDifferencingIsNotProtected() {
        DisclosureStatement statement = new DisclosureStatement(5, 10, false, Map.of(MaskReason.BELOW_THRESHOLD, 3), 12, 3);
        assertThat(String.join(" ", statement.sentences())).contains("at least 5 or masked").contains("p = 10")
                .contains("3 BELOW_THRESHOLD").contains("Differencing is not protected against")
                .contains("Nested populations are not fully protected against");
    }

    @Test
    void theStatementNamesNoValueOnlyCountsOfCells() {
        DisclosureStatement statement = new DisclosureStatement(5, 12.5, false, Map.of(), 0, 0);
        assertThat(statement.sentences()).anyMatch(s -> s.contains("Masked cells by reason: none."));
        assertThat(String.join(" ", statement.sentences())).contains("p = 12.5");
        assertThat(statement.masked()).isEmpty();
    }
}
