package io.github.caeimpact.sroi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.ImpactMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property test: example maps with numbers replaced by extremes are either rejected by
 * {@link ImpactMaps#read} with {@link InvalidInputException} and rooted paths, or evaluated by
 * {@link SroiEngine#evaluate(ImpactMap)} without any other failure.
 */
class SroiEngineBadInputTest {

    private static final long SEED = 20_261_126L;
    private static final int CASES = 600;
    private static final ObjectMapper TREES = StrictJson.mapper();
    private static final String PLACEHOLDER = "\"__EXTREME__\"";
    private static final String[] EXTREMES = {"1e400", "1e-400", "-0", "-0.0", "1e999999999", "1e-999999999",
        "99999999999999999999", "2147483647", "-2147483648", "9223372036854775807", "-2000000000", "-1", "1", "0",
        "3000", "1899", "1e15", "1e-39", "0.000000000000000000000000000000000000001", "123456789012.5",
        "999999999999", "1e12", "200.0000001", "1E+3"};

    @Test
    void mutatedMapsAreRejectedOrEvaluatedNeverCrash() throws IOException {
        String example = ImpactMaps.toJson(ImpactMaps.example());
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            ObjectNode root = (ObjectNode) TREES.readTree(example);
            if (random.nextInt(3) == 0) {
                root.put("mode", "EVALUATIVE");
                root.put("firstYear", 2021);
            }
            List<Object[]> numbers = new ArrayList<>();
            collectNumbers(root, numbers);
            int mutations = 1 + random.nextInt(3);
            List<String> raws = new ArrayList<>();
            for (int m = 0; m < mutations; m++) {
                Object[] place = numbers.get(random.nextInt(numbers.size()));
                // A replaced number is no longer a number, so each place is replaced at most once per pass.
                JsonMutations.replace((JsonNode) place[0], (String) place[1],
                        JsonNodeFactory.instance.textNode(PLACEHOLDER.substring(1, PLACEHOLDER.length() - 1)));
                raws.add(place[2] + "=" + EXTREMES[random.nextInt(EXTREMES.length)]);
            }
            String json = TREES.writeValueAsString(root);
            for (String raw : raws) {
                json = json.replaceFirst(java.util.regex.Pattern.quote(PLACEHOLDER),
                        java.util.regex.Matcher.quoteReplacement(raw.substring(raw.indexOf('=') + 1)));
            }
            String what = "seed " + seed + " (case " + i + ", " + raws + ")";
            rejected += rejectedOrEvaluated(json, what) ? 1 : 0;
        }
        // The extremes must bite: many mutated maps are invalid, yet not all.
        assertThat(rejected).as("rejected maps of %d", CASES).isBetween(CASES / 3, CASES - 1);
    }

    /** Collects {parent, key, path} of every number of a tree. */
    private static void collectNumbers(JsonNode node, List<Object[]> places) {
        collectNumbers(node, "$", places);
    }

    private static void collectNumbers(JsonNode node, String path, List<Object[]> places) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = path + "." + field.getKey();
                if (field.getValue().isNumber()) {
                    places.add(new Object[] {node, field.getKey(), at});
                }
                collectNumbers(field.getValue(), at, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                if (node.get(i).isNumber()) {
                    places.add(new Object[] {node, Integer.toString(i), at});
                }
                collectNumbers(node.get(i), at, places);
            }
        }
    }

    @Test
    void structurallyDamagedMapsAreRejectedOrEvaluatedNeverCrash() {
        String example = ImpactMaps.toJson(ImpactMaps.example());
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + 100_000 + i;
            SplittableRandom random = new SplittableRandom(seed);
            int kind = random.nextInt(JsonMutations.KINDS);
            String json = JsonMutations.mutate(example, kind, random);
            rejected += rejectedOrEvaluated(json, "seed " + seed + " (case " + i + ", " + JsonMutations.NAMES.get(kind) + ")")
                    ? 1 : 0;
        }
        assertThat(rejected).as("rejected maps of %d", CASES).isGreaterThan(CASES / 2);
    }

    /**
     * Reads a map and, when it is accepted, evaluates it.
     *
     * @return true if the reader rejected it with rooted problems; fails the test on any other failure
     */
    private static boolean rejectedOrEvaluated(String json, String what) {
        ImpactMap map;
        try {
            map = ImpactMaps.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidInputException e) {
            assertThat(e.report().errors()).as(what).isNotEmpty();
            for (Problem problem : e.report().problems()) {
                assertThat(problem.path()).as(what + ": " + problem).startsWith("$");
            }
            return true;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(what + ": read threw " + e, e);
        }
        try {
            assertThat(SroiEngine.evaluate(map).presentValue()).as(what).isNotNull();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(what + ": evaluate threw " + e, e);
        }
        return false;
    }
}
