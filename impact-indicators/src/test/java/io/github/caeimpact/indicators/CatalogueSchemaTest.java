package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.caeimpact.model.json.StrictJson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueSchemaTest {

    /** Generates the catalogue schema from the records, as shipped in catalogue.schema.json. */
    static String generatedSchema() throws Exception {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // The strict reader demands every field (FAIL_ON_MISSING_CREATOR_PROPERTIES); optional ones are written as null.
        builder.forFields().withRequiredCheck(field -> !field.isFakeContainerItemScope());
        builder.forFields().withNullableCheck(field -> !field.getType().isPrimitive()
                && field.getAnnotationConsideringFieldAndGetter(NotNull.class) == null
                && field.getAnnotationConsideringFieldAndGetter(NotBlank.class) == null
                && field.getAnnotationConsideringFieldAndGetter(NotEmpty.class) == null);
        builder.forTypesInGeneral().withIdResolver(scope -> scope.getType().getErasedType() == CatalogueDocument.class
                ? "https://cae-impact.github.io/schemas/catalogue.schema.json" : null);
        JsonNode schema = new SchemaGenerator(builder.build()).generateSchema(CatalogueDocument.class);
        ObjectMapper mapper = StrictJson.mapper();
        return mapper.writeValueAsString(mapper.readTree(schema.toString())) + "\n";
    }

    @Test
    void shippedSchemaIsInSyncWithTheRecords() throws Exception {
        String generated = generatedSchema();
        String shipped;
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s", Catalogue.SCHEMA_RESOURCE).isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(generated)) {
            Path written = Path.of("target", "catalogue.schema.generated.json");
            Files.writeString(written, generated, StandardCharsets.UTF_8);
            assertThat(shipped).as("catalogue.schema.json is out of date; the generated schema is in %s", written.toAbsolutePath())
                    .isEqualTo(generated);
        }
    }
}
