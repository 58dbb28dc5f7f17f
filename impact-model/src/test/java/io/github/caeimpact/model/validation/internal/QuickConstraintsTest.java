package io.github.caeimpact.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.testing.Fixtures;
import io.github.caeimpact.model.testing.JsonMutations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The quick check never passes what the validation provider refuses, and passes the valid records
 * it is there for (so the provider is left for the invalid ones).
 */
class QuickConstraintsTest {

    private static final long SEED = 4_242L;
    private static final int CASES = 3_000;
    /** As the dataset reader binds: an absent field is null, for the validation to report. */
    private static final ObjectMapper JSON = StrictJson.mapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);

    /** Values at and past the edges of the model's constraints, of every JSON type. */
    private static JsonNode edge(JsonNode node, SplittableRandom random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> candidates = new ArrayList<>(List.of(f.nullNode()));
        if (node.isNumber()) {
            for (String number : new String[] {"-1", "0", "-0.01", "1.5", "1.51", "1", "2", "11", "12", "1899", "1900",
                "1989", "1990", "2100", "2101", "1000000000"}) {
                candidates.add(f.numberNode(new java.math.BigDecimal(number)));
            }
        } else if (node.isTextual()) {
            for (String text : new String[] {"", " ", "\t", "x".repeat(101), "x".repeat(201), "x".repeat(501), "a b",
                "1899-12-31", "2101-01-01", "1900-01-01", "2100-12-31", "2A", "975", "1.0", "1.1", "p-1", "P 1"}) {
                candidates.add(f.textNode(text));
            }
            candidates.add(f.textNode(node.asText() + " x"));
        } else if (node.isArray() || node.isObject()) {
            candidates.add(node.isArray() ? f.arrayNode() : f.objectNode());
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    @Test
    void whatItPassesTheProviderPasses() throws IOException {
        ObjectReader participants = JSON.readerFor(Participant.class);
        ObjectReader organisations = JSON.readerFor(Organisation.class);
        int bound = 0;
        int refusedByTheProvider = 0;
        int passedQuickly = 0;
        for (int i = 0; i < CASES; i++) {
            SplittableRandom random = new SplittableRandom(SEED + i);
            Dataset dataset = DatasetGenerator.dataset(SEED + i, 3);
            JsonNode tree = JSON.readTree(ImpactJson.writeString(dataset));
            boolean participant = tree.path("participants").size() > 0 && random.nextInt(4) > 0;
            JsonNode element = participant ? tree.path("participants").get(random.nextInt(tree.path("participants").size()))
                    : tree.path("organisations").get(random.nextInt(tree.path("organisations").size()));
            String damaged = JsonMutations.mutateTree(JSON.writeValueAsString(element), random,
                    (parent, key, node) -> JsonMutations.replace(parent, key, edge(node, random)));
            Object value;
            try {
                value = (participant ? participants : organisations).readValue(damaged);
            } catch (IOException notBound) {
                continue;
            }
            if (value == null) {
                continue;
            }
            bound++;
            boolean refused = !FieldConstraints.provider(value, "$").isEmpty();
            refusedByTheProvider += refused ? 1 : 0;
            if (QuickConstraints.certainlyValid(value)) {
                passedQuickly++;
                assertThat(refused).as("seed %d: the quick check passes what the provider refuses: %s", SEED + i, damaged)
                        .isFalse();
            }
        }
        // Not vacuous: many damaged records bind, the provider refuses some, the quick check passes others.
        assertThat(bound).isGreaterThan(CASES / 3);
        assertThat(refusedByTheProvider).isGreaterThan(CASES / 20);
        assertThat(passedQuickly).isGreaterThan(CASES / 20);
    }

    @Test
    void theRecordsOfValidDatasetsPassWithoutTheProvider() {
        for (long seed = 0; seed < 30; seed++) {
            Dataset dataset = DatasetGenerator.dataset(seed, 6);
            for (Participant participant : dataset.participants()) {
                assertThat(QuickConstraints.certainlyValid(participant)).as("seed %d, %s", seed, participant.id()).isTrue();
            }
            for (Organisation organisation : dataset.organisations()) {
                assertThat(QuickConstraints.certainlyValid(organisation)).as("seed %d, %s", seed, organisation.id()).isTrue();
            }
        }
    }

    @Test
    void aBrokenConstraintIsLeftToTheProvider() {
        Participant tooOld = Fixtures.participant().birthYear(1800).build();
        assertThat(QuickConstraints.certainlyValid(tooOld)).isFalse();
        assertThat(FieldConstraints.check(tooOld, "$")).isNotEmpty();
        Participant valid = Fixtures.participant().build();
        assertThat(QuickConstraints.certainlyValid(valid)).isTrue();
        assertThat(FieldConstraints.check(valid, "$")).isEmpty();
    }

    /** A constrained class that is not a record: its fields are not walked here. */
    static final class Holder {
        @jakarta.validation.constraints.NotNull
        String text;
    }

    /** A record with a constraint of a group: not known here. */
    record Grouped(@jakarta.validation.constraints.NotNull(groups = Holder.class) String text) {
    }

    /** A record whose map values are constrained: the provider checks them, the quick check does not. */
    record Mapped(java.util.Map<String, @jakarta.validation.constraints.NotNull String> names) {
    }

    @Test
    void aValueItCannotDecideIsLeftToTheProvider() {
        java.util.Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("a", null);
        assertThat(QuickConstraints.certainlyValid(new Mapped(withNull))).isFalse();
        assertThat(FieldConstraints.check(new Mapped(withNull), "$")).isNotEmpty();
        assertThat(QuickConstraints.certainlyValid(new Holder())).isFalse();
        assertThat(FieldConstraints.check(new Holder(), "$")).isNotEmpty();
        assertThat(QuickConstraints.certainlyValid(new Grouped("x"))).isFalse();
        // Values of the JDK hold no constraint of the model.
        assertThat(QuickConstraints.certainlyValid(java.time.LocalDate.of(2025, 1, 1))).isTrue();
    }
}
