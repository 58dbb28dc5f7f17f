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
    void aDocumentTheSchemaRefusesIsRefusedByTheLibrary() throws IOException {
        // One direction only for the map: its readers check rules across fields the schema cannot say (references, sums).
        List<String> accepted = new ArrayList<>();
        check(Schemas.load(resource("impact-map.schema.json")), resource("example-cae-map.json"),
                json -> ImpactMaps.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), "map", accepted);
        assertThat(accepted).as("documents the schema refuses and the library accepts").isEmpty();
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

    private static void check(Schema schema, String document, Consumer<String> read, String what, List<String> accepted)
            throws IOException {
        String valid = StrictJson.mapper().writeValueAsString(StrictJson.mapper().readTree(document));
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            String damaged = damaged(valid, i, seed);
            List<String> schemaSays;
            try {
                schemaSays = Schemas.violations(schema, damaged);
            } catch (RuntimeException notJson) {
                continue;
            }
            if (schemaSays.isEmpty()) {
                continue;
            }
            try {
                read.accept(damaged);
                accepted.add(what + " seed " + seed + ": " + schemaSays);
            } catch (io.github.caeimpact.model.validation.InvalidInputException refused) {
                // Both refuse.
            }
        }
    }
}
