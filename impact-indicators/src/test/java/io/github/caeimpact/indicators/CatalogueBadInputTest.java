package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final String[] MUTATIONS = {"remove field", "swap type", "unknown field", "truncate", "deep nesting",
        "huge number", "huge string", "flip character", "null value", "null document"};

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
            int kind = random.nextInt(MUTATIONS.length);
            String json = mutate(valid, kind, random);
            String what = "seed " + seed + " (case " + i + ", " + MUTATIONS[kind] + ")";
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

    private static String mutate(String valid, int kind, SplittableRandom random) throws IOException {
        return switch (kind) {
            case 0 -> mutateTree(valid, random, (parent, key, node) -> {
                if (parent instanceof ObjectNode object) {
                    object.remove(key);
                }
            });
            case 1 -> mutateTree(valid, random, (parent, key, node) -> replace(parent, key, otherType(node, random)));
            case 2 -> mutateTree(valid, random, (parent, key, node) -> {
                if (node instanceof ObjectNode object) {
                    object.put("zz" + random.nextInt(100), 1);
                } else if (parent instanceof ObjectNode object) {
                    object.put("unexpected", "x");
                }
            });
            case 3 -> valid.substring(0, random.nextInt(valid.length()));
            case 4 -> insertValue(valid, random, "[".repeat(50 + random.nextInt(2000)));
            case 5 -> insertValue(valid, random, List.of("1e999999999", "-1e-999999999", "123456789012345678901234567890123456789012345",
                    "99999999999999999999", "1.0e308", "-0.0").get(random.nextInt(6)));
            case 6 -> insertValue(valid, random, "\"" + "é".repeat(5_000 + random.nextInt(20_000)) + "\"");
            case 7 -> {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = "{}[]\",:0a \\".charAt(random.nextInt(11));
                yield new String(chars);
            }
            case 8 -> mutateTree(valid, random, (parent, key, node) -> replace(parent, key, JsonNodeFactory.instance.nullNode()));
            default -> List.of("null", "", " ", "[]", "0", "\"catalogue\"").get(random.nextInt(6));
        };
    }

    private interface Mutation {
        void apply(JsonNode parent, String key, JsonNode node);
    }

    private static String mutateTree(String valid, SplittableRandom random, Mutation mutation) throws IOException {
        JsonNode root = TREES.readTree(valid);
        List<Object[]> places = new ArrayList<>();
        collect(root, places);
        Object[] place = places.get(random.nextInt(places.size()));
        mutation.apply((JsonNode) place[0], (String) place[1], (JsonNode) place[2]);
        return TREES.writeValueAsString(root);
    }

    private static void collect(JsonNode node, List<Object[]> places) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                places.add(new Object[] {node, field.getKey(), field.getValue()});
                collect(field.getValue(), places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Object[] {node, Integer.toString(i), node.get(i)});
                collect(node.get(i), places);
            }
        }
    }

    private static void replace(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }

    private static JsonNode otherType(JsonNode node, SplittableRandom random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> options = new ArrayList<>(List.of(f.textNode("2024-13-45"), f.numberNode(7), f.numberNode(new BigDecimal("2.5")),
                f.booleanNode(true), f.arrayNode(), f.objectNode(), f.textNode(""), f.numberNode(Long.MAX_VALUE)));
        options.removeIf(option -> option.getNodeType() == node.getNodeType());
        return options.get(random.nextInt(options.size()));
    }

    private static String insertValue(String valid, SplittableRandom random, String raw) {
        List<int[]> values = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(" : (\"[^\"]*\"|-?[0-9.]+|true|false)").matcher(valid);
        while (matcher.find()) {
            values.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        int[] value = values.get(random.nextInt(values.size()));
        return valid.substring(0, value[0]) + raw + valid.substring(value[1]);
    }
}
