package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.github.caeimpact.indicators.declared.Computation;
import io.github.caeimpact.indicators.survey.SurveyRuleCodes;
import com.networknt.schema.Schema;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.testing.Schemas;
import io.github.caeimpact.model.validation.RuleCodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The published catalogue schema is generated from the records; the shipped catalogue and the
 * extension examples conform to it, and the library and the schema agree on damaged catalogues
 * (checked with a JSON Schema validator). Regenerate with {@code -Dschema.update=true}.
 */
class CatalogueSchemaTest {

    private static final Path COMMITTED = Path.of("src/main/resources" + Catalogue.SCHEMA_RESOURCE);
    private static final long SEED = 3_301L;
    private static final int CASES = 200;
    /**
     * The catalogue rules the schema does not say: across fields (units and statistics, scales
     * of item types, references, duplicates) and size limits; and the rules of the
     * {@code CatalogueValidator} on ids, codes, versions, time points and empty lists, which a
     * schema could express but the records do not yet declare as constraints.
     */
    private static final Set<String> BEYOND_SCHEMA = Set.of(RuleCodes.JSON_MALFORMED, RuleCodes.JSON_LIMIT_EXCEEDED,
            RuleCodes.JSON_INVALID, RuleCodes.PROBLEMS_OMITTED, RuleCodes.FIELD_BLANK, CatalogueRuleCodes.DUPLICATE_INDICATOR,
            CatalogueRuleCodes.DUPLICATE_INSTRUMENT, CatalogueRuleCodes.DUPLICATE_ITEM, CatalogueRuleCodes.VERSION_CONFLICT,
            RuleCodes.FIELDS_INCONSISTENT, SurveyRuleCodes.SURVEY_UNKNOWN_INSTRUMENT, SurveyRuleCodes.SURVEY_UNKNOWN_ITEM,
            RuleCodes.FIELD_REQUIRED, RuleCodes.FIELD_INVALID, RuleCodes.FIELD_PATTERN, RuleCodes.FIELD_EMPTY);

    /** Generates the catalogue schema from the records, as shipped in catalogue.schema.json. */
    static String generatedSchema() {
        SchemaGeneratorConfigBuilder builder = Schemas.generator(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        // The strict reader demands every field of a record (FAIL_ON_MISSING_CREATOR_PROPERTIES); optional ones are
        // written as null. A declared computation is read through builders: only its @NotNull parts are required.
        builder.forFields().withRequiredCheck(field -> !field.isFakeContainerItemScope()
                && (!field.getDeclaringType().getErasedType().getPackage().equals(Computation.class.getPackage())
                        || field.getAnnotationConsideringFieldAndGetter(NotNull.class) != null));
        builder.forFields().withNullableCheck(field -> !field.getType().isPrimitive()
                && field.getAnnotationConsideringFieldAndGetter(NotNull.class) == null
                && field.getAnnotationConsideringFieldAndGetter(NotBlank.class) == null
                && field.getAnnotationConsideringFieldAndGetter(NotEmpty.class) == null);
        return Schemas.generate(builder, CatalogueDocument.class, "catalogue.schema.json",
                "CAE-IMPACT indicator catalogue", "Versioned indicator definitions and survey instruments "
                        + "(io.github.caeimpact.indicators.CatalogueDocument). Generated from the records by "
                        + "CatalogueSchemaTest.");
    }

    private static String resource(String name) {
        try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema() {
        return Schemas.load(resource(Catalogue.SCHEMA_RESOURCE));
    }

    @Test
    void shippedSchemaIsInSyncWithTheRecords() {
        String generated = generatedSchema();
        assertThat(Schemas.committed(COMMITTED, generated))
                .as("%s is out of date; regenerate it with -Dschema.update=true", COMMITTED).isEqualTo(generated);
    }

    @Test
    void shippedCatalogueAndExtensionsConform() {
        Schema schema = schema();
        for (String name : List.of("catalogue.json", "extension/programme-x.json", "extension/programme-y-conflict.json",
                "extension/programme-z-median.json", "extension/programme-x-declared.json", "extension/declared-equivalents.json")) {
            assertThat(Schemas.violations(schema, resource(name))).as(name).isEmpty();
        }
    }

    @Test
    void libraryAndSchemaAgreeOnDamagedCatalogues() throws IOException {
        Schema schema = schema();
        String valid = StrictJson.mapper().writeValueAsString(StrictJson.mapper().readTree(resource("catalogue.json")));
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            String damaged = i % 2 == 0 ? JsonMutations.lookalike(valid, random)
                    : JsonMutations.mutate(valid, random.nextInt(JsonMutations.KINDS), random);
            String disagreement = Schemas.disagreement(schema, damaged,
                    json -> Catalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
                    BEYOND_SCHEMA);
            assertThat(disagreement).as("seed %d", seed).isNull();
        }
    }
}
