package io.github.caeimpact.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureOptionTest {

    private static final DisclosureStatement STATEMENT = new DisclosureStatement(5, 10, false, Map.of(MaskReason.AUDIT, 12), 40, 3, 1, 2);

    @Test
    void theStatementBecomesTheLastMemberInTheDocumentsOwnLayout() throws Exception {
        String published = StrictJson.mapper().writeValueAsString(Map.of("rows", java.util.List.of(1, 2)));
        String stated = DisclosureOption.stated(published, STATEMENT);
        JsonNode document = StrictJson.mapper().readTree(stated);
        assertThat(document.get("rows")).isEqualTo(StrictJson.mapper().readTree(published).get("rows"));
        assertThat(document.get("disclosure").get("masked").get("AUDIT").asInt()).isEqualTo(12);
        assertThat(document.get("disclosure").get("sentences").get(0).asText()).isEqualTo(STATEMENT.sentences().get(0));
        // Written as Jackson writes the whole document with the statement last: the same bytes.
        com.fasterxml.jackson.databind.node.ObjectNode whole = StrictJson.mapper().createObjectNode();
        whole.set("rows", StrictJson.mapper().valueToTree(java.util.List.of(1, 2)));
        com.fasterxml.jackson.databind.node.ObjectNode disclosure = StrictJson.mapper().valueToTree(STATEMENT);
        disclosure.set("sentences", StrictJson.mapper().valueToTree(STATEMENT.sentences()));
        whole.set("disclosure", disclosure);
        assertThat(stated).isEqualTo(StrictJson.mapper().writeValueAsString(whole) + "\n");
    }

    @Test
    void aNumberOfManyDigitsIsKeptAsWritten() {
        String published = "{\n  \"value\" : 0.123456789012345678901234567890123456789012345678901234567890\n}";
        assertThat(DisclosureOption.stated(published, STATEMENT)).startsWith(published.substring(0, published.length() - 2) + ",\n  \"disclosure\"");
    }

    @Test
    void anEmptyDocumentGetsTheStatementAlone() throws Exception {
        JsonNode document = StrictJson.mapper().readTree(DisclosureOption.stated("{ }", STATEMENT));
        assertThat(document.size()).isEqualTo(1);
        assertThat(document.get("disclosure").get("threshold").asInt()).isEqualTo(5);
    }

    @Test
    void aDocumentThatIsNoObjectIsRefused() {
        assertThatThrownBy(() -> DisclosureOption.stated("[1, 2]", STATEMENT)).isInstanceOf(IllegalStateException.class);
    }
}
