package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property test: mutations of the shipped catalogue never make {@link Catalogue#read} or
 * {@link Catalogue#of} throw anything but {@link InvalidInputException}, every problem located by a
 * path from the root.
 */
class CatalogueBadInputTest {

    private static final long SEED = 9_117L;
    private static final int CASES = 500;
    private static final ObjectMapper TREES = StrictJson.mapper();

    private static String shipped() {
        try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.json")) {
            return TREES.writeValueAsString(TREES.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mutatedCatalogueOnlyEverGivesInvalidInputWithRootedPaths() throws IOException {
        String valid = shipped();
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            int kind = random.nextInt(JsonMutations.KINDS);
            String json = JsonMutations.mutate(valid, kind, random);
            String what = "seed " + seed + " (case " + i + ", " + JsonMutations.NAMES.get(kind) + ")";
            try {
                Catalogue.of(Catalogue.read(json(json)));
            } catch (InvalidInputException e) {
                rejected++;
                assertThat(e.report().errors()).as(what).isNotEmpty();
                for (Problem problem : e.report().problems()) {
                    assertThat(problem.path()).as(what + ": " + problem).startsWith("$");
                    assertThat(problem.message()).as(what + ": " + problem).doesNotContain("NullPointerException");
                }
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": threw " + e, e);
            }
        }
        assertThat(rejected).as("rejected of %d", CASES).isGreaterThan(CASES / 2);
    }

    @Test
    void nullDocumentIsAnInvalidInputAtTheRoot() {
        assertThatThrownBy(() -> Catalogue.read(json("null")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors().get(0).path()).isEqualTo("$"));
    }

    @Test
    void nullListElementIsReportedAtItsPath() throws IOException {
        ObjectNode root = (ObjectNode) TREES.readTree(shipped());
        ((ArrayNode) root.get("indicators")).set(3, JsonNodeFactory.instance.nullNode());
        String json = TREES.writeValueAsString(root);
        assertThatThrownBy(() -> Catalogue.read(json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(Problem::path).contains("$.indicators[3]"));
    }

    @Test
    void absurdParameterValueIsRejectedAtItsPath() {
        String json = shipped().replaceFirst("\"value\" : 1709\\.28", "\"value\" : 1e999999999");
        assertThat(json).contains("1e999999999");
        assertThatThrownBy(() -> Catalogue.read(json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(Problem::path).anyMatch(path -> path.matches("\\$\\.indicators\\[\\d+]\\.parameters\\[0]\\.value")));
    }

    @Test
    void readChecksTheRulesOfTheDocumentAlone() {
        String json = shipped().replaceFirst("\"id\" : \"PUB01\"", "\"id\" : \"pub-one\"");
        assertThatThrownBy(() -> Catalogue.read(json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(Problem::path).contains("$.indicators[0].id"));
    }
}
