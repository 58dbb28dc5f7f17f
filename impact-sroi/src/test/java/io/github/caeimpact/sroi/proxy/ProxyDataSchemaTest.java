package io.github.caeimpact.sroi.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.sroi.SchemaChecker;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Fails when the schemas of the proxy library and price index drift from the code or the data. */
class ProxyDataSchemaTest {

    private static final ObjectMapper JSON = StrictJson.mapper();

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = ProxyDataSchemaTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }

    private static Set<String> components(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void proxyLibrarySchemaMatchesTheRecordsAndTheShippedLibrary() throws Exception {
        JsonNode schema = read("/io/github/caeimpact/sroi/proxy-library.schema.json");
        assertThat(properties(schema.get("$defs").get("ProxyEntry"))).isEqualTo(components(ProxyEntry.class));
        assertThat(properties(schema.get("$defs").get("DatedValue"))).isEqualTo(components(DatedValue.class));
        assertThat(properties(schema)).isEqualTo(Set.of("name", "version", "proxies"));
        assertThat(SchemaChecker.conform(schema, read(ProxyLibrary.STANDARD_RESOURCE)))
                .isEmpty();
    }

    @Test
    void priceIndexSchemaMatchesTheShippedIndex() throws Exception {
        JsonNode schema = read("/io/github/caeimpact/sroi/price-index.schema.json");
        assertThat(properties(schema)).isEqualTo(Set.of("name", "source", "note", "values"));
        assertThat(SchemaChecker.conform(schema, read(PriceIndex.STANDARD_RESOURCE)))
                .isEmpty();
    }
}
