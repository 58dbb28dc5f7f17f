package io.github.caeimpact.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.sroi.map.Conventions;
import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.Evidence;
import io.github.caeimpact.sroi.map.FractionalDuration;
import io.github.caeimpact.sroi.map.FunderKind;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Input;
import io.github.caeimpact.sroi.map.MapGenerator;
import io.github.caeimpact.sroi.map.Mode;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.Revaluation;
import io.github.caeimpact.sroi.map.Stakeholder;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fails when the hand-written JSON Schema drifts from the code: field sets, required fields and
 * enums must match the records, and every shipped or written map must conform to the schema.
 */
class ImpactMapSchemaTest {

    private static final ObjectMapper JSON = StrictJson.mapper();
    private static JsonNode schema;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ImpactMapSchemaTest.class.getResourceAsStream(ImpactMaps.SCHEMA_RESOURCE)) {
            schema = JSON.readTree(in);
        }
    }

    private static Set<String> names(Iterator<String> iterator) {
        Set<String> names = new TreeSet<>();
        iterator.forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static JsonNode def(String name) {
        return schema.get("$defs").get(name);
    }

    @Test
    void schemaDeclaresDraft2020() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void objectPropertiesMatchRecordComponents() {
        Map<String, Class<?>> pairs = new LinkedHashMap<>();
        pairs.put("Stakeholder", Stakeholder.class);
        pairs.put("Input", Input.class);
        pairs.put("Outcome", Outcome.class);
        pairs.put("FinancialProxy", FinancialProxy.class);
        pairs.put("Conventions", Conventions.class);
        pairs.forEach((name, type) -> {
            assertThat(names(def(name).get("properties").fieldNames())).as(name).isEqualTo(components(type));
            assertThat(def(name).get("additionalProperties").asBoolean()).as(name).isFalse();
        });
        // Distributions are written in place of the numbers they stand for, not as a field.
        Set<String> mapFields = components(ImpactMap.class);
        mapFields.remove("distributions");
        assertThat(names(schema.get("properties").fieldNames())).isEqualTo(mapFields);
        assertThat(names(def("BoundQuantity").get("properties").fieldNames())).isEqualTo(components(Quantity.Bound.class));
        assertThat(names(def("ProxyRef").get("properties").fieldNames())).isEqualTo(components(ProxySpec.Ref.class));
    }

    @Test
    void discountingSchemesMatchTheSubtypes() {
        Set<String> schemes = new TreeSet<>();
        for (Class<?> type : Discounting.class.getPermittedSubclasses()) {
            String defName = type.getSimpleName();
            JsonNode def = def(defName);
            assertThat(def).as(defName).isNotNull();
            assertThat(def.get("properties").get("scheme").get("const").asText())
                    .isEqualTo(type.getAnnotation(JsonTypeName.class).value());
            Set<String> expected = new TreeSet<>(components(type));
            expected.add("scheme");
            assertThat(names(def.get("properties").fieldNames())).as(defName).isEqualTo(expected);
            schemes.add(defName);
        }
        Set<String> referenced = new TreeSet<>();
        def("Discounting").get("oneOf").forEach(ref -> referenced.add(ref.get("$ref").asText().replace("#/$defs/", "")));
        assertThat(referenced).isEqualTo(schemes);
    }

    @Test
    void distributionShapesMatchTheDistributionRecordsAndPriors() {
        Map<String, Class<?>> shapes = new LinkedHashMap<>();
        shapes.put("UNIFORM", io.github.caeimpact.sroi.map.Distribution.Uniform.class);
        shapes.put("TRIANGULAR", io.github.caeimpact.sroi.map.Distribution.Triangular.class);
        shapes.put("PERT", io.github.caeimpact.sroi.map.Distribution.Pert.class);
        shapes.put("BETA", io.github.caeimpact.sroi.map.Distribution.Beta.class);
        shapes.put("NORMAL", io.github.caeimpact.sroi.map.Distribution.Normal.class);
        shapes.put("LOGNORMAL", io.github.caeimpact.sroi.map.Distribution.LogNormal.class);
        Map<String, Set<String>> inSchema = new LinkedHashMap<>();
        List<String> priors = new ArrayList<>();
        def("Distribution").get("oneOf").forEach(shape -> {
            JsonNode kind = shape.get("properties").get("distribution");
            if (kind == null) {
                shape.get("properties").get("prior").get("enum").forEach(name -> priors.add(name.asText()));
            } else {
                Set<String> fields = names(shape.get("properties").fieldNames());
                fields.remove("distribution");
                inSchema.put(kind.get("const").asText(), fields);
            }
        });
        assertThat(inSchema.keySet()).containsExactlyElementsOf(shapes.keySet());
        shapes.forEach((name, type) -> assertThat(inSchema.get(name)).as(name).isEqualTo(components(type)));
        assertThat(priors).containsExactlyElementsOf(Arrays.stream(io.github.caeimpact.sroi.map.Prior.values())
                .map(io.github.caeimpact.sroi.map.Prior::jsonName).toList());
    }

    @Test
    void aMapWithDistributionsConformsToTheSchemaWrittenAndRead() throws Exception {
        String text = io.github.caeimpact.sroi.internal.json.DistributionJsonTest.MAP;
        assertThat(conform(schema, JSON.readTree(text), "$")).isEmpty();
        JsonNode written = JSON.readTree(ImpactMaps.toJson(ImpactMaps.read(
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertThat(conform(schema, written, "$")).isEmpty();
    }

    @Test
    void enumsMatchTheJavaEnums() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("Mode", Mode.class);
        enums.put("Dimension", Dimension.class);
        enums.put("Evidence", Evidence.class);
        enums.put("FractionalDuration", FractionalDuration.class);
        enums.put("Revaluation", Revaluation.class);
        enums.put("Direction", Direction.class);
        enums.put("FunderKind", FunderKind.class);
        enums.forEach((name, type) -> {
            List<String> inSchema = new ArrayList<>();
            def(name).get("enum").forEach(value -> inSchema.add(value.asText()));
            assertThat(inSchema).as(name).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
    }

    @Test
    void shippedExampleMapConformsToTheSchema() throws Exception {
        try (InputStream in = ImpactMaps.class.getResourceAsStream(ImpactMaps.EXAMPLE_RESOURCE)) {
            JsonNode map = JSON.readTree(in);
            assertThat(conform(schema, map, "$")).isEmpty();
        }
    }

    @Test
    void writtenMapsConformToTheSchema() throws Exception {
        MapGenerator generator = new MapGenerator(7L);
        for (int c = 0; c < 50; c++) {
            JsonNode written = JSON.readTree(ImpactMaps.toJson(generator.map(c)));
            assertThat(conform(schema, written, "$")).as("seed 7, case %d", c).isEmpty();
        }
        JsonNode written = JSON.readTree(ImpactMaps.toJson(ImpactMaps.example()));
        assertThat(conform(schema, written, "$")).isEmpty();
    }

    @Test
    void checkerRejectsAnUnknownField() throws Exception {
        JsonNode map = JSON.readTree(ImpactMaps.toJson(ImpactMaps.example()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) map.get("outcomes").get(0)).put("colour", "blue");
        assertThat(conform(schema, map, "$")).containsExactly("$.outcomes[0]: unknown property colour");
    }

    private static List<String> conform(JsonNode rule, JsonNode value, String path) {
        return SchemaChecker.conform(schema, rule, value, path);
    }
}
