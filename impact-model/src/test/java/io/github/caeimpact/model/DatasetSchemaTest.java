package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.caeimpact.model.json.StrictJson;
import io.github.caeimpact.model.validation.NonNegativeAmount;
import io.github.caeimpact.model.validation.SupportedDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema of the dataset format is generated from the model; this test fails
 * when the committed file drifts from the code. Regenerate it with
 * {@code mvn -pl impact-model -am verify -Dtest=DatasetSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true}.
 */
class DatasetSchemaTest {

    private static final Path COMMITTED = Path.of("src/main/resources/io/github/caeimpact/model/dataset.schema.json");
    private static final String REGENERATE = "mvn -pl impact-model -am verify -Dtest=DatasetSchemaTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true";

    static String generate() throws IOException {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> erased = type.getErasedType();
            if (erased == Money.class) {
                ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "number")
                        .put("description", "An amount in euros.");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.YES);
            }
            if (erased == LocalDate.class) {
                ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("format", "date").put("description", "A date from " + SupportedDate.EARLIEST + " to "
                                + SupportedDate.LATEST + " (DATE_OUT_OF_RANGE otherwise).");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.YES);
            }
            return null;
        });
        builder.forFields().withNumberInclusiveMinimumResolver(field ->
                field.getAnnotationConsideringFieldAndGetter(NonNegativeAmount.class) != null ? BigDecimal.ZERO : null);
        builder.forTypesInGeneral().withTitleResolver(scope -> scope.getType().getErasedType() == Dataset.class
                ? "CAE-IMPACT dataset, format " + Dataset.SCHEMA_VERSION : null);
        builder.forTypesInGeneral().withDescriptionResolver(scope -> scope.getType().getErasedType() == Dataset.class
                ? "Organisations and the pseudonymous participants they host, observed up to a reference date "
                        + "(io.github.caeimpact.model.Dataset). Generated from the model by DatasetSchemaTest." : null);
        JsonNode schema = new SchemaGenerator(builder.build()).generateSchema(Dataset.class);
        return StrictJson.mapper().writeValueAsString(schema) + "\n";
    }

    @Test
    void committedSchemaMatchesTheModel() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("schema.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as("%s is missing; generate it with: %s", COMMITTED, REGENERATE).isTrue();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(committed).as("%s is out of date with the model; regenerate it with: %s", COMMITTED, REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void generationIsDeterministic() throws IOException {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    void schemaIsOnTheClassPath() throws IOException {
        try (var in = Dataset.class.getResourceAsStream("dataset.schema.json")) {
            assertThat(in).isNotNull();
            JsonNode schema = StrictJson.mapper().readTree(in);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("required")).extracting(JsonNode::toString).asString()
                    .contains("schemaVersion", "referenceDate", "period");
        }
    }
}
