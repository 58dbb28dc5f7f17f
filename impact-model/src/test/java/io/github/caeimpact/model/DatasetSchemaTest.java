package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.Schema;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.testing.Schemas;
import io.github.caeimpact.model.validation.NonNegativeAmount;
import io.github.caeimpact.model.validation.RuleCodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema of the dataset format is generated from the model; this test fails
 * when the committed file drifts from the code, or when the library and the schema disagree on a
 * damaged dataset (checked with a JSON Schema validator). Regenerate it with
 * {@code mvn -pl impact-model -am verify -Dtest=DatasetSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true}.
 */
class DatasetSchemaTest {

    private static final Path COMMITTED = Path.of("src/main/resources/io/github/caeimpact/model/dataset.schema.json");
    private static final long SEED = 1207L;
    private static final int CASES = 600;
    private static final String REGENERATE = "mvn -pl impact-model -am verify -Dtest=DatasetSchemaTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true";

    /** The rules a JSON Schema cannot express: across fields, dates in range, size limits, malformed JSON. */
    static final Set<String> BEYOND_SCHEMA = Set.of(RuleCodes.JSON_MALFORMED, RuleCodes.JSON_LIMIT_EXCEEDED,
            RuleCodes.JSON_INVALID, RuleCodes.FIELD_BLANK, RuleCodes.DATE_OUT_OF_RANGE,
            RuleCodes.DUPLICATE_ORGANISATION_ID, RuleCodes.DUPLICATE_PARTICIPANT_ID, RuleCodes.UNKNOWN_ORGANISATION,
            RuleCodes.DATE_AFTER_REFERENCE, RuleCodes.PATHWAY_DATE_ORDER, RuleCodes.PATHWAY_CAPE_ORDER,
            RuleCodes.PATHWAY_ASSOCIATE_ORDER, RuleCodes.PATHWAY_AFTER_EXIT, RuleCodes.PATHWAY_FOLLOW_UP_WITHOUT_EXIT,
            RuleCodes.CAPE_TOO_LONG, RuleCodes.CAPE_TOO_MANY_RENEWALS, RuleCodes.EVENT_OUTCOME_MISSING,
            RuleCodes.EVENT_OUTCOME_UNEXPECTED, RuleCodes.UNEMPLOYED_MONTHS_MISSING,
            RuleCodes.UNEMPLOYED_MONTHS_UNEXPECTED, RuleCodes.DUPLICATE_ACTIVITY_YEAR,
            RuleCodes.MEETINGS_ATTENDED_ABOVE_HELD, RuleCodes.LIKERT_OUT_OF_SCALE, RuleCodes.LIKERT_SCALE_MISSING,
            RuleCodes.SCALE_UNEXPECTED, RuleCodes.YES_NO_NOT_BINARY, RuleCodes.DUPLICATE_ANSWER_ITEM,
            RuleCodes.PROBLEMS_OMITTED);

    static String generate() throws IOException {
        SchemaGeneratorConfigBuilder builder = Schemas.generator(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (type.getErasedType() != Money.class) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "number")
                    .put("description", "An amount in euros.");
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
        });
        builder.forFields().withNumberInclusiveMinimumResolver(field ->
                field.getAnnotationConsideringFieldAndGetter(NonNegativeAmount.class) != null ? BigDecimal.ZERO : null);
        return Schemas.generate(builder, Dataset.class, "dataset.schema.json",
                "CAE-IMPACT dataset, format " + Dataset.SCHEMA_VERSION,
                "Organisations and the pseudonymous participants they host, observed up to a reference date "
                        + "(io.github.caeimpact.model.Dataset). Generated from the model by DatasetSchemaTest.");
    }

    @Test
    void committedSchemaMatchesTheModel() throws IOException {
        String generated = generate();
        String committed = Schemas.committed(COMMITTED, generated);
        assertThat(committed).as("%s is out of date with the model; regenerate it with: %s", COMMITTED, REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void theExampleAndGeneratedDatasetsConform() throws IOException {
        Schema schema = Schemas.load(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        try (var in = DatasetSchemaTest.class.getResourceAsStream("example-dataset.json")) {
            assertThat(Schemas.violations(schema, new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
        }
        for (long seed = 0; seed < 20; seed++) {
            assertThat(Schemas.violations(schema, ImpactJson.writeString(DatasetGenerator.dataset(seed, 4))))
                    .as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void libraryAndSchemaAgreeOnDamagedDatasets() throws IOException {
        Schema schema = Schemas.load(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            String valid = ImpactJson.writeString(DatasetGenerator.dataset(seed, 3));
            String damaged = i % 2 == 0 ? JsonMutations.lookalike(valid, random)
                    : JsonMutations.mutate(valid, random.nextInt(JsonMutations.KINDS), random);
            String disagreement = Schemas.disagreement(schema, damaged, ImpactJson::read, BEYOND_SCHEMA);
            assertThat(disagreement).as("seed %d: %s", seed, damaged).isNull();
        }
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
