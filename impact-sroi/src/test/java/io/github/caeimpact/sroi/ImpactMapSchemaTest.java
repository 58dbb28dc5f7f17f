package io.github.caeimpact.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.Schema;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.Schemas;
import io.github.caeimpact.sroi.internal.json.DistributionJson;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.MapGenerator;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ParameterKind;
import io.github.caeimpact.sroi.map.Prior;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import jakarta.validation.constraints.NotEmpty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The impact map's JSON Schema is generated from the code, as shipped in
 * {@code impact-map.schema.json}: fields, required fields, ranges and patterns from the records'
 * annotations; each numeric parameter's range from its {@link ParameterKind} (as the reader
 * finds it, {@link DistributionJson#kindAt}, or as the discounting scheme declares it), with a
 * distribution allowed in its place; the shapes of quantities, proxies, attribution, distributions
 * and discounting schemes from their types. Regenerate with {@code -Dschema.update=true}.
 */
class ImpactMapSchemaTest {

    private static final Path COMMITTED = Path.of("src/main/resources/io/github/caeimpact/sroi/impact-map.schema.json");

    static String generate() {
        // The sealed types' shapes are the readers' (Shapes below), not Jackson's subtype handling.
        SchemaGeneratorConfigBuilder builder = Schemas.optionalFieldsNullable(Schemas.generator(
                JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS));
        // Distributions are written in place of the numbers they stand for, not as a field.
        builder.forFields().withIgnoreCheck(field -> field.getDeclaringType().getErasedType() == ImpactMap.class
                && field.getDeclaredName().equals("distributions"));
        builder.forFields().withCustomDefinitionProvider(ImpactMapSchemaTest::parameter);
        builder.forTypesInGeneral().withCustomDefinitionProvider(new Shapes());
        // The one rule across fields a schema can say (MapValidator: firstYear is required in evaluative mode).
        builder.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            if (scope.getType().getErasedType() == ImpactMap.class) {
                ObjectNode condition = node.putObject("if");
                condition.putObject("properties").putObject("mode").put("const", Mode.EVALUATIVE.name());
                condition.putArray("required").add("mode");
                ObjectNode then = node.putObject("then");
                then.putArray("required").add("firstYear");
                then.putObject("properties").putObject("firstYear").put("type", "integer");
            }
        });
        return Schemas.generate(builder, ImpactMap.class, "impact-map.schema.json", "cae-impact SROI impact map",
                "An SROI impact map: stakeholders, inputs, outcomes with their financial proxies and deductions, the "
                        + "discounting scheme and the calculation conventions (io.github.caeimpact.sroi.map.ImpactMap). Rules "
                        + "across fields (known references, unique ids, a positive total input, dated and sourced proxies, "
                        + "firstYear in evaluative mode only) are checked by ImpactMaps.validate. Generated from the code by "
                        + "ImpactMapSchemaTest.");
    }

    /** The kind of the numeric parameter a field holds, or null when it holds none. */
    private static ParameterKind kindOf(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        String name = field.getDeclaredName() + (field.isFakeContainerItemScope() ? "[0]" : "");
        if (field.getType().getErasedType() != BigDecimal.class && !name.equals("attribution")) {
            return null;
        }
        if (owner == Outcome.class) {
            return DistributionJson.kindAt("outcomes[0]." + name);
        }
        if (owner == Input.class) {
            return DistributionJson.kindAt("inputs[0]." + name);
        }
        if (owner == FinancialProxy.class) {
            return DistributionJson.kindAt("outcomes[0].proxy." + name);
        }
        if (Discounting.class.isAssignableFrom(owner)) {
            return sample(owner).parameters().stream().filter(p -> p.name().equals(name))
                    .map(Discounting.SchemeParameter::kind).findFirst().orElse(null);
        }
        return null;
    }

    /** A scheme with every parameter given, for the parameters it declares. */
    private static Discounting sample(Class<?> scheme) {
        try {
            Constructor<?> canonical = scheme.getDeclaredConstructor(Arrays.stream(scheme.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object[] arguments = Arrays.stream(canonical.getParameterTypes())
                    .map(type -> type == BigDecimal.class ? BigDecimal.ZERO : type == List.class ? List.of(BigDecimal.ZERO) : null)
                    .toArray();
            return (Discounting) canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(scheme + " has no canonical constructor", e);
        }
    }

    private static CustomPropertyDefinition parameter(FieldScope field, SchemaGenerationContext context) {
        ParameterKind kind = kindOf(field);
        if (kind == null) {
            return null;
        }
        ObjectNode node = parameter(kind, context);
        if (field.getDeclaredName().equals("attribution") && !field.isFakeContainerItemScope()) {
            // One share, or a list of shares (AttributionJson).
            ObjectNode list = context.getGeneratorConfig().createObjectNode().put("type", "array");
            if (field.getAnnotationConsideringFieldAndGetter(NotEmpty.class) != null) {
                list.put("minItems", 1);
            }
            list.set("items", parameter(kind, context));
            node = context.getGeneratorConfig().createObjectNode();
            node.putArray("oneOf").add(parameter(kind, context)).add(list);
        }
        // Not the attributes of the field's Java type: "additionalProperties": false beside the oneOf would refuse a distribution.
        JsonPropertyDescription description = field.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
        if (description != null) {
            node.put("description", description.value());
        }
        return new CustomPropertyDefinition(node, CustomDefinition.AttributeInclusion.NO);
    }

    /** A number of the kind's range, or a distribution in its place. */
    private static ObjectNode parameter(ParameterKind kind, SchemaGenerationContext context) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.putArray("oneOf").add(number(kind, context))
                .add(context.createDefinitionReference(context.getTypeContext().resolve(Distribution.class)));
        return node;
    }

    private static ObjectNode number(ParameterKind kind, SchemaGenerationContext context) {
        ObjectNode number = context.getGeneratorConfig().createObjectNode().put("type", "number");
        number.put(kind.includesMinimum() ? "minimum" : "exclusiveMinimum", kind.minimum());
        number.put(kind.includesMaximum() ? "maximum" : "exclusiveMaximum", kind.maximum());
        return number;
    }

    /** The types whose JSON shape is their readers', not their fields'. */
    private static final class Shapes implements CustomDefinitionProviderV2 {

        @Override
        public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
            Class<?> erased = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (erased == Quantity.class) {
                // Quantity.Fixed is written as its bare number.
                node.putArray("oneOf").add(number(ParameterKind.QUANTITY, context)).add(reference(Quantity.Bound.class, context))
                        .add(reference(Distribution.class, context));
            } else if (erased == ProxySpec.class) {
                // ProxySpec.Inline is written as its proxy.
                node.putArray("oneOf").add(reference(FinancialProxy.class, context)).add(reference(ProxySpec.Ref.class, context));
            } else if (erased == Distribution.class || erased == Discounting.class) {
                ArrayNode oneOf = node.putArray("oneOf");
                Arrays.stream(erased.getPermittedSubclasses()).forEach(subtype -> oneOf.add(reference(subtype, context)));
            } else if (erased.getAnnotation(JsonTypeName.class) != null
                    && (Distribution.class.isAssignableFrom(erased) || Discounting.class.isAssignableFrom(erased))) {
                return new CustomDefinition(named(type, erased, Distribution.class.isAssignableFrom(erased) ? "distribution"
                        : "scheme", context), CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
            } else if (erased == Prior.class) {
                ArrayNode names = node.putArray("enum");
                Arrays.stream(Prior.values()).forEach(prior -> names.add(prior.jsonName()));
            } else {
                return null;
            }
            // Not the attributes of an object type: "additionalProperties": false beside a oneOf would refuse every object.
            JsonClassDescription description = erased.getAnnotation(JsonClassDescription.class);
            if (description != null) {
                node.put("description", description.value());
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
        }

        private static ObjectNode reference(Class<?> type, SchemaGenerationContext context) {
            return context.createDefinitionReference(context.getTypeContext().resolve(type));
        }

        /** A subtype's fields, after the property naming it ({@code "distribution": "UNIFORM"}, {@code "scheme": "FLAT"}). */
        private ObjectNode named(ResolvedType type, Class<?> erased, String property, SchemaGenerationContext context) {
            ObjectNode standard = context.createStandardDefinition(type, this);
            ObjectNode properties = context.getGeneratorConfig().createObjectNode();
            properties.putObject(property).put("const", erased.getAnnotation(JsonTypeName.class).value());
            properties.setAll((ObjectNode) standard.get("properties"));
            standard.set("properties", properties);
            ArrayNode required = context.getGeneratorConfig().createArrayNode().add(property);
            if (standard.has("required")) {
                required.addAll((ArrayNode) standard.get("required"));
            }
            standard.set("required", required);
            return standard;
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ImpactMapSchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void committedSchemaIsGeneratedFromTheCode() {
        String generated = generate();
        assertThat(Schemas.committed(COMMITTED, generated))
                .as("%s is out of date; regenerate it with -Dschema.update=true", COMMITTED).isEqualTo(generated);
        assertThat(generate()).as("generation is deterministic").isEqualTo(generated);
    }

    @Test
    void everyParameterTakesANumberOfItsKindOrADistribution() throws IOException {
        JsonNode schema = StrictJson.mapper().readTree(generate());
        JsonNode outcome = schema.at("/$defs/Outcome/properties");
        JsonNode deadweight = outcome.at("/deadweight/oneOf");
        assertThat(deadweight.get(0).get("maximum").decimalValue()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(deadweight.get(1).get("$ref").asText()).isEqualTo("#/$defs/Distribution");
        assertThat(outcome.at("/durationYears/oneOf/0/exclusiveMinimum").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(outcome.at("/attribution/oneOf/1/items/oneOf/0/maximum").decimalValue()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(outcome.has("publishedYearValues")).isTrue();
        assertThat(outcome.at("/publishedYearValues/items").has("oneOf")).as("not a parameter: no distribution").isFalse();
        assertThat(schema.at("/properties").has("distributions")).isFalse();
    }

    @Test
    void theDistributionsAndSchemesAreTheirTypesNamed() throws IOException {
        JsonNode schema = StrictJson.mapper().readTree(generate());
        assertThat(schema.at("/$defs/Distribution/oneOf")).hasSize(Distribution.class.getPermittedSubclasses().length);
        assertThat(schema.at("/$defs/Discounting/oneOf")).hasSize(Discounting.class.getPermittedSubclasses().length);
        String written = schema.toString();
        for (Class<?> type : Discounting.class.getPermittedSubclasses()) {
            assertThat(written).contains("\"scheme\":{\"const\":\"" + type.getAnnotation(JsonTypeName.class).value() + "\"}");
        }
        assertThat(written).contains("\"distribution\":{\"const\":\"TRIANGULAR\"}", "\"enum\":[\"deadweight\",\"attribution\"");
    }

    @Test
    void theShippedAndWrittenMapsConform() throws IOException {
        Schema schema = Schemas.load(generate());
        assertThat(Schemas.violations(schema, resource(ImpactMaps.EXAMPLE_RESOURCE))).isEmpty();
        assertThat(Schemas.violations(schema, io.github.caeimpact.sroi.internal.json.DistributionJsonTest.MAP)).isEmpty();
        String written = ImpactMaps.toJson(ImpactMaps.read(new ByteArrayInputStream(
                io.github.caeimpact.sroi.internal.json.DistributionJsonTest.MAP.getBytes(StandardCharsets.UTF_8))));
        assertThat(Schemas.violations(schema, written)).as("a map with distributions, written").isEmpty();
        MapGenerator generator = new MapGenerator(7L);
        for (int c = 0; c < 50; c++) {
            assertThat(Schemas.violations(schema, ImpactMaps.toJson(generator.map(c)))).as("seed 7, case %d", c).isEmpty();
        }
    }

    @Test
    void anUnknownFieldIsRefused() {
        Schema schema = Schemas.load(generate());
        String map = ImpactMaps.toJson(ImpactMaps.example()).replaceFirst("\"outcomes\"\\s*:\\s*\\[\\s*\\{", "\"outcomes\":[{\"colour\":\"blue\",");
        assertThat(Schemas.violations(schema, map)).anySatisfy(v -> assertThat(v).startsWith("/outcomes/0:").contains("colour"));
    }
}
