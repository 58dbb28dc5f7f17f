package io.github.caeimpact.sroi;

import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.sroi.rules.MapRuleCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.testing.Schemas;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The shipped impact maps, proxy library and price index conform to their published schemas, as a
 * real JSON Schema validator (networknt, draft 2020-12) reads them; and for seeded damage to a map,
 * the library refuses what the schema refuses.
 */
class SroiDataSchemaTest {

    private static final long SEED = 1_202L;
    private static final int CASES = 200;

    private static String resource(String name) {
        try (InputStream in = SroiDataSchemaTest.class.getResourceAsStream("/io/github/caeimpact/sroi/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String example(String name) {
        try {
            return Files.readString(Path.of("..", "impact-examples", "data", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theShippedMapsConformToTheMapSchema() {
        Schema schema = Schemas.load(resource("impact-map.schema.json"));
        assertThat(Schemas.violations(schema, resource("example-cae-map.json"))).isEmpty();
        for (String name : List.of("cae-impact-map-artenreel-style.json", "sample-sroi-map.json", "tiers-lieu-map.json")) {
            assertThat(Schemas.violations(schema, example(name))).as(name).isEmpty();
        }
        assertThat(Schemas.violations(schema, ImpactMaps.toJson(ImpactMaps.example()))).as("a map as the library writes it").isEmpty();
    }

    @Test
    void theShippedProxyLibraryAndPriceIndexConformToTheirSchemas() {
        assertThat(Schemas.violations(Schemas.load(resource("proxy-library.schema.json")), resource("proxies.json"))).isEmpty();
        assertThat(Schemas.violations(Schemas.load(resource("price-index.schema.json")), resource("price-index.json"))).isEmpty();
    }

    @Test
    void theLibraryAndTheMapSchemaAgreeOnDamagedMaps() throws IOException {
        // Both directions, but for the rules across fields the schema cannot say (references, sums, years against
        // the mode and the analysis year, a distribution's own order of min, mode and max) and the limits of reading.
        Set<String> beyondSchema = beyondTheMapSchema(RuleCodes.JSON_MALFORMED, RuleCodes.JSON_INVALID,
                RuleCodes.PROBLEMS_OMITTED, RuleCodes.JSON_LIMIT_EXCEEDED);
        List<String> disagreements = new ArrayList<>();
        for (String name : List.of("example-cae-map.json", "distributions")) {
            String map = name.equals("distributions") ? io.github.caeimpact.sroi.internal.json.DistributionJsonTest.MAP
                    : resource(name);
            agree(Schemas.load(resource("impact-map.schema.json")), map,
                    json -> ImpactMaps.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), name, beyondSchema,
                    disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theLibraryAndTheMapSchemaAgreeOnEachRuleOfAField() {
        String map = io.github.caeimpact.sroi.internal.json.DistributionJsonTest.MAP;
        Schema schema = Schemas.load(resource("impact-map.schema.json"));
        Set<String> beyondSchema = beyondTheMapSchema(RuleCodes.JSON_MALFORMED, RuleCodes.JSON_INVALID);
        List<String> cases = List.of(
                map.replace("\"mode\": \"FORECAST\"", "\"mode\": \"EVALUATIVE\""),
                map.replace("\"mode\": \"FORECAST\"", "\"mode\": \"EVALUATIVE\", \"firstYear\": null"),
                map.replace("\"label\": \"stakeholder A\"", "\"label\": \" \""),
                map.replace("\"label\": \"stakeholder A\"", "\"label\": \"A\", \"labelFr\": \"\\t\""),
                map.replace("\"attribution\": [0.1, {\"distribution\": \"BETA\", \"alpha\": 2, \"beta\": 8}]", "\"attribution\": []"),
                map.replace("\"scheme\": \"FLAT\",", "\"scheme\": \"FLAT\", \"statedRate\": 1,"),
                map.replace("\"scheme\": \"FLAT\",", "\"scheme\": \"FLAT\", \"statedRate\": {\"prior\": \"deadweight\"},"),
                map.replace("\"mode\": \"FORECAST\",", "\"mode\": \"FORECAST\", \"conventions\": {\"ratePrecision\": 13},"),
                map.replace("\"evidence\": \"MEASURED\"", "\"evidence\": \"MEASURED\", \"startYear\": 201"),
                map.replace("\"evidence\": \"MEASURED\"", "\"evidence\": \"MEASURED\", \"leakage\": 1.5"),
                map.replace("\"evidence\": \"MEASURED\"", "\"evidence\": \"MEASURED\", \"publishedYearValues\": [-1]"),
                map.replace("\"analysisYear\": 2025", "\"analysisYear\": 1899"),
                map.replace("\"baseYear\": 2025", "\"baseYear\": 2101"),
                map.replace("\"deadweight\": {\"prior\": \"deadweight\"}", "\"deadweight\": \"0.1\""),
                map.replace("\"deadweight\": {\"prior\": \"deadweight\"}", "\"deadweight\": {\"prior\": \"deadweight\", \"x\": 1}"),
                map.replace("\"deadweight\": {\"prior\": \"deadweight\"}", "\"deadweight\": 0.1, \"colour\": \"blue\""),
                map.replace("\"source\": \"test proxy\"", "\"source\": \"\""),
                map.replace("\"sigma\": 0.1, \"value\": 10", "\"value\": 10"));
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            assertThat(cases.get(i)).as("case %d changes the map", i).isNotEqualTo(map);
            String disagreement = Schemas.disagreement(schema, cases.get(i),
                    json -> ImpactMaps.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), beyondSchema);
            if (disagreement != null) {
                disagreements.add("case " + i + ": " + disagreement);
            }
            assertThat(Schemas.violations(schema, cases.get(i))).as("case %d is refused by the schema", i).isNotEmpty();
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theLibraryAndTheSchemasOfTheProxyLibraryAndPriceIndexAgreeOnDamagedDocuments() throws IOException {
        // Both directions: the library refuses nothing the schema could say and accepts, but the codes listed.
        Set<String> beyondSchema = Set.of(RuleCodes.JSON_MALFORMED, RuleCodes.JSON_INVALID, RuleCodes.PROBLEMS_OMITTED,
                RuleCodes.JSON_LIMIT_EXCEEDED, MapRuleCodes.DUPLICATE_PROXY_ID);
        List<String> disagreements = new ArrayList<>();
        agree(Schemas.load(resource("proxy-library.schema.json")), resource("proxies.json"),
                json -> ProxyLibrary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), "proxies", beyondSchema,
                disagreements);
        agree(Schemas.load(resource("price-index.schema.json")), resource("price-index.json"),
                json -> PriceIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), "price index", beyondSchema,
                disagreements);
        assertThat(disagreements).isEmpty();
    }

    /** The codes a map schema cannot say: every map rule of its own (across fields), and the shared codes given. */
    private static Set<String> beyondTheMapSchema(String... shared) {
        Set<String> codes = new java.util.HashSet<>(Set.of(shared));
        for (java.lang.reflect.Field code : MapRuleCodes.class.getFields()) {
            try {
                codes.add((String) code.get(null));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("a public code that cannot be read: " + code, e);
            }
        }
        return codes;
    }

    /** Case i of the seeded damage: a look-alike value for even cases, a structural mutation for odd ones. */
    private static String damaged(String valid, int i, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return i % 2 == 0 ? JsonMutations.lookalike(valid, random) : JsonMutations.mutate(valid, random.nextInt(JsonMutations.KINDS), random);
    }

    private static void agree(Schema schema, String document, Consumer<String> read, String what, Set<String> beyondSchema,
            List<String> disagreements) throws IOException {
        String valid = StrictJson.mapper().writeValueAsString(StrictJson.mapper().readTree(document));
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            String damaged = damaged(valid, i, seed);
            String disagreement = Schemas.disagreement(schema, damaged, read, beyondSchema);
            if (disagreement != null) {
                disagreements.add(what + " seed " + seed + ": " + disagreement);
            }
        }
    }

}
