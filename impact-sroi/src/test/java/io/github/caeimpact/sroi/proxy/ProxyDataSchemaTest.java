package io.github.caeimpact.sroi.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.caeimpact.model.testing.Schemas;
import io.github.caeimpact.sroi.rules.MapLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The proxy library's and the price index's schemas are generated from their records, as shipped
 * in {@code proxy-library.schema.json} and {@code price-index.schema.json}; the shipped data
 * conforms to them (networknt). Regenerate with {@code -Dschema.update=true}.
 */
class ProxyDataSchemaTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/github/caeimpact/sroi");

    /** The project's generator, with optional fields that may also be null, as the readers accept. */
    private static SchemaGeneratorConfigBuilder generator() {
        return Schemas.optionalFieldsNullable(Schemas.generator().with(Option.DEFINITIONS_FOR_ALL_OBJECTS));
    }

    static String generatedLibrarySchema() {
        return Schemas.generate(generator(), ProxyLibrary.Document.class, "proxy-library.schema.json",
                "cae-impact financial proxy library", "Dated financial proxies with their sources "
                        + "(io.github.caeimpact.sroi.proxy.ProxyLibrary). A map refers to a proxy by id; the latest value whose "
                        + "base year is not after the analysis year is used. Ids are unique in a library (DUPLICATE_PROXY_ID, "
                        + "which a schema cannot say). Generated from the records by ProxyDataSchemaTest.");
    }

    static String generatedIndexSchema() {
        SchemaGeneratorConfigBuilder builder = generator().with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        // Years are the keys of "values": calendar years the maps can name.
        builder.forFields().withInstanceAttributeOverride((node, field, context) -> {
            if (!field.isFakeContainerItemScope() && field.getDeclaredName().equals("values")
                    && field.getDeclaringType().getErasedType() == PriceIndex.Document.class) {
                ObjectNode names = node.putObject("propertyNames");
                names.put("pattern", "^(19[0-9]{2}|20[0-9]{2}|2100)$");
                names.put("description", "a calendar year from " + MapLimits.EARLIEST_YEAR + " to " + MapLimits.LATEST_YEAR);
            }
        });
        return Schemas.generate(builder, PriceIndex.Document.class, "price-index.schema.json", "cae-impact yearly price index",
                "A yearly consumer price index (annual averages) used to revalue proxies: P × CPI(to) / CPI(from) "
                        + "(io.github.caeimpact.sroi.proxy.PriceIndex). Years absent from the index cannot be revalued to or "
                        + "from. Generated from the record by ProxyDataSchemaTest.");
    }

    private static String resource(String name) {
        try (InputStream in = ProxyDataSchemaTest.class.getResourceAsStream("/io/github/caeimpact/sroi/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void proxyLibrarySchemaIsGeneratedFromTheRecordsAndTheShippedLibraryConforms() {
        String generated = generatedLibrarySchema();
        Path committed = RESOURCES.resolve("proxy-library.schema.json");
        assertThat(Schemas.committed(committed, generated)).as("%s is out of date; regenerate it with -Dschema.update=true", committed)
                .isEqualTo(generated);
        assertThat(Schemas.violations(Schemas.load(generated), resource("proxies.json"))).isEmpty();
    }

    @Test
    void priceIndexSchemaIsGeneratedFromTheRecordAndTheShippedIndexConforms() {
        String generated = generatedIndexSchema();
        Path committed = RESOURCES.resolve("price-index.schema.json");
        assertThat(Schemas.committed(committed, generated)).as("%s is out of date; regenerate it with -Dschema.update=true", committed)
                .isEqualTo(generated);
        assertThat(Schemas.violations(Schemas.load(generated), resource("price-index.json"))).isEmpty();
        assertThat(Schemas.violations(Schemas.load(generated), "{\"name\": \"x\", \"source\": \"y\", \"values\": {\"15\": 100}}"))
                .isNotEmpty();
    }
}
