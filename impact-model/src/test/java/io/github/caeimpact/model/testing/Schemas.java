package io.github.caeimpact.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one way the published JSON Schemas are generated from the code (victools
 * jsonschema-generator) and checked against documents (networknt json-schema-validator), for the
 * schema tests of every module: dataset, catalogue, proxy library, price index and impact map.
 *
 * <p>Every schema is JSON Schema 2020-12, closed (no additional properties), with an {@code $id}
 * under {@link #ID_BASE}. Validation asserts {@code format} (a date is a real date) and, as
 * networknt does by default, takes {@code 1972.0} for a number that is not an integer, as the
 * library does.
 */
public final class Schemas {

    /** The base of every schema's {@code $id}: the project's URL. */
    public static final String ID_BASE = "https://github.com/caeimpact/cae-impact/schemas/";

    private static final ObjectMapper JSON = StrictJson.mapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private Schemas() {
    }

    /**
     * Returns a generator configuration with the project's conventions: draft 2020-12, Jackson
     * and Jakarta Validation annotations read, no additional properties, dates as ISO strings.
     *
     * @param jackson the Jackson module options of the format
     * @return a builder, to which a test adds what is particular to its format
     */
    public static SchemaGeneratorConfigBuilder generator(JacksonOption... jackson) {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(jackson))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        // The bounds of the Java type, where no constraint gives tighter ones: 1e20 is an integer,
        // but not an int.
        builder.forFields().withNumberInclusiveMinimumResolver(field -> bound(field.getType().getErasedType(), false));
        builder.forFields().withNumberInclusiveMaximumResolver(field -> bound(field.getType().getErasedType(), true));
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() != LocalDate.class) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string")
                    .put("format", "date").put("description", "A date from " + SupportedDate.EARLIEST + " to "
                            + SupportedDate.LATEST + " (DATE_OUT_OF_RANGE otherwise).");
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
        });
        return builder;
    }

    /**
     * Makes the optional fields of a format nullable, as its reader takes {@code null} for absent,
     * and a required text one holding more than white space.
     *
     * <p>A field is optional unless it is primitive or annotated {@code @NotNull},
     * {@code @NotBlank} or {@code @NotEmpty}; a {@code @NotBlank} text gets the pattern {@code \S}
     * (blank otherwise).
     *
     * @param builder the configuration, from {@link #generator}
     * @return the same builder
     */
    public static SchemaGeneratorConfigBuilder optionalFieldsNullable(SchemaGeneratorConfigBuilder builder) {
        builder.forFields().withNullableCheck(field -> !field.getType().isPrimitive()
                && field.getAnnotationConsideringFieldAndGetter(NotNull.class) == null
                && field.getAnnotationConsideringFieldAndGetter(NotBlank.class) == null
                && field.getAnnotationConsideringFieldAndGetter(NotEmpty.class) == null);
        builder.forFields().withStringPatternResolver(
                field -> field.getAnnotationConsideringFieldAndGetter(NotBlank.class) == null ? null : "\\S");
        return builder;
    }

    private static BigDecimal bound(Class<?> type, boolean maximum) {
        if (type == int.class || type == Integer.class) {
            return BigDecimal.valueOf(maximum ? Integer.MAX_VALUE : Integer.MIN_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return BigDecimal.valueOf(maximum ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
        return null;
    }

    /**
     * Generates the schema of a document type and writes it as the library writes JSON.
     *
     * @param builder the configuration, from {@link #generator}
     * @param type the type of the document's root
     * @param file the schema's file name, such as {@code dataset.schema.json}, for its {@code $id}
     * @param title the schema's title
     * @param description the schema's description
     * @return the schema text, ending with a new line
     */
    public static String generate(SchemaGeneratorConfigBuilder builder, Class<?> type, String file, String title,
            String description) {
        builder.forTypesInGeneral().withIdResolver(scope -> scope.getType().getErasedType() == type ? ID_BASE + file
                : null);
        builder.forTypesInGeneral().withTitleResolver(scope -> scope.getType().getErasedType() == type ? title : null);
        builder.forTypesInGeneral().withDescriptionResolver(scope -> scope.getType().getErasedType() == type
                ? description : null);
        JsonNode schema = new SchemaGenerator(builder.build()).generateSchema(type);
        try {
            // Through text, so that the tree holds the library's own node types and order.
            return JSON.writeValueAsString(JSON.readTree(schema.toString())) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares a committed schema with the generated one, writing the generated one over it when
     * the system property {@code schema.update} is true.
     *
     * @param committed the committed file, relative to the module
     * @param generated the generated schema
     * @return the committed text after the update, if any: the caller asserts it equals
     *     {@code generated}
     */
    public static String committed(Path committed, String generated) {
        try {
            if (Boolean.getBoolean("schema.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated, StandardCharsets.UTF_8);
            }
            return Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a schema for validation.
     *
     * @param schema the schema text
     * @return the schema
     */
    public static Schema load(String schema) {
        return REGISTRY.getSchema(Objects.requireNonNull(schema, "schema"), InputFormat.JSON);
    }

    /**
     * Validates a document against a schema.
     *
     * @param schema the schema, from {@link #load}
     * @param document the document, well-formed JSON
     * @return what the schema refuses, each as {@code path: message}; empty if it conforms
     */
    public static List<String> violations(Schema schema, String document) {
        List<Error> errors = schema.validate(document, InputFormat.JSON);
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    /**
     * Compares what the library and the schema say of one document.
     *
     * <p>They must agree both ways: what the schema refuses, the library refuses; what the library
     * refuses, the schema refuses too, unless every error of the library is of a rule the schema
     * cannot express (a rule across fields, a size limit), listed in {@code beyondSchema}. A
     * document the validator cannot parse (not JSON, or beyond its parser's own limits) must be
     * refused by the library.
     *
     * @param schema the schema, from {@link #load}
     * @param document the document
     * @param read the library's reader of the format, throwing {@link InvalidInputException}
     * @param beyondSchema the rule codes the schema cannot express
     * @return null if they agree, otherwise what they disagree on
     */
    public static String disagreement(Schema schema, String document, Consumer<String> read, Set<String> beyondSchema) {
        List<String> schemaSays;
        try {
            schemaSays = violations(schema, document);
        } catch (RuntimeException notJson) {
            schemaSays = null;
        }
        List<Problem> librarySays;
        try {
            read.accept(document);
            librarySays = List.of();
        } catch (InvalidInputException e) {
            librarySays = e.report().errors();
        }
        if (schemaSays == null) {
            return librarySays.isEmpty() ? "the library accepts what the validator cannot parse" : null;
        }
        if (!schemaSays.isEmpty() && librarySays.isEmpty()) {
            return "the schema refuses " + schemaSays + " but the library accepts";
        }
        if (schemaSays.isEmpty()) {
            List<Problem> expressible = librarySays.stream().filter(p -> !beyondSchema.contains(p.code())).toList();
            if (!expressible.isEmpty()) {
                return "the library refuses " + expressible + " but the schema accepts";
            }
        }
        return null;
    }
}
