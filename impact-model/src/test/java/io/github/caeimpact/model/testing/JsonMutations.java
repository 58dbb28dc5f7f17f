package io.github.caeimpact.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded damage to valid JSON documents, for the bad-input property tests of every reader (dataset,
 * catalogue, impact map): fields removed, types swapped, unknown fields, truncation, deep nesting,
 * huge numbers and strings, stray characters, nulls, and documents that are not objects.
 */
public final class JsonMutations {

    /** The kinds of damage {@link #mutate(String, int, SplittableRandom)} knows, by number. */
    public static final List<String> NAMES = List.of("remove field", "swap type", "unknown field", "truncate",
            "deep nesting", "huge number", "huge string", "flip character", "null element", "not an object");

    /** How many kinds of damage {@link #mutate(String, int, SplittableRandom)} knows. */
    public static final int KINDS = NAMES.size();

    private static final ObjectMapper TREES = StrictJson.mapper();

    private JsonMutations() {
    }

    /** Something done to one node of a document's tree, given its parent and its key there. */
    public interface Mutation {
        /**
         * Applies the damage.
         *
         * @param parent the object or array holding the node
         * @param key the node's field name, or its index as text
         * @param node the node
         */
        void apply(JsonNode parent, String key, JsonNode node);
    }

    /**
     * Damages a valid document in one of {@link #KINDS} ways.
     *
     * @param valid the document, as written by the library (two-space indent, {@code " : "})
     * @param kind which damage, 0 to {@code KINDS - 1}
     * @param random the seeded source of every choice
     * @return the damaged document
     */
    public static String mutate(String valid, int kind, SplittableRandom random) {
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
            case 5 -> insertValue(valid, random, List.of("1e999999999", "-1e-999999999",
                    "123456789012345678901234567890123456789012345", "99999999999999999999", "1.0e308", "-0.0")
                    .get(random.nextInt(6)));
            case 6 -> insertValue(valid, random, "\"" + "é".repeat(5_000 + random.nextInt(20_000)) + "\"");
            case 7 -> {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = "{}[]\",:0a \\".charAt(random.nextInt(11));
                yield new String(chars);
            }
            case 8 -> mutateTree(valid, random, (parent, key, node) -> replace(parent, key,
                    JsonNodeFactory.instance.nullNode()));
            default -> List.of("null", "", " ", "[]", "0", "\"document\"").get(random.nextInt(6));
        };
    }

    /**
     * Applies a mutation to a random node (other than the root) of the document's tree.
     *
     * @param valid the document
     * @param random the seeded source of the choice
     * @param mutation the damage
     * @return the damaged document
     */
    public static String mutateTree(String valid, SplittableRandom random, Mutation mutation) {
        try {
            JsonNode root = TREES.readTree(valid);
            List<Object[]> places = new ArrayList<>();
            collect(root, places);
            Object[] place = places.get(random.nextInt(places.size()));
            mutation.apply((JsonNode) place[0], (String) place[1], (JsonNode) place[2]);
            return TREES.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("the document to damage must be valid JSON", e);
        }
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

    /**
     * Puts a value in place of a node.
     *
     * @param parent the object or array holding the node
     * @param key the field name, or the index as text
     * @param value the new value
     */
    public static void replace(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }

    /**
     * Returns a value of another JSON type than the node's (a bad date, numbers, a boolean, an
     * empty array or object, an empty string, the largest long).
     *
     * @param node the node
     * @param random the seeded source of the choice
     * @return a value of another type
     */
    public static JsonNode otherType(JsonNode node, SplittableRandom random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> options = new ArrayList<>(List.of(f.textNode("2024-13-45"), f.numberNode(7),
                f.numberNode(new BigDecimal("2.5")), f.booleanNode(true), f.arrayNode(), f.objectNode(), f.textNode(""),
                f.numberNode(Long.MAX_VALUE)));
        options.removeIf(option -> option.getNodeType() == node.getNodeType());
        return options.get(random.nextInt(options.size()));
    }

    /**
     * Writes raw text in place of a random scalar value of the document, as text (so that the text
     * may be invalid JSON).
     *
     * @param valid the document, as written by the library ({@code "field" : value})
     * @param random the seeded source of the choice
     * @param raw the text to put there
     * @return the damaged document
     */
    public static String insertValue(String valid, SplittableRandom random, String raw) {
        List<int[]> values = new ArrayList<>();
        Matcher matcher = Pattern.compile(" : (\"[^\"]*\"|-?[0-9.]+|true|false)").matcher(valid);
        while (matcher.find()) {
            values.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        int[] value = values.get(random.nextInt(values.size()));
        return valid.substring(0, value[0]) + raw + valid.substring(value[1]);
    }

    /**
     * Puts in place of a random scalar a value that looks the same but has another JSON type or
     * spelling, the coercions a lenient reader would accept: a number as a string ({@code "7"}),
     * a string of digits as a number, an integer as a decimal ({@code 1972.0}), a string with a
     * space before it ({@code " WOMAN"}), a boolean as a string.
     *
     * @param valid the document
     * @param random the seeded source of every choice
     * @return the damaged document
     */
    public static String lookalike(String valid, SplittableRandom random) {
        return mutateTree(valid, random, (parent, key, node) -> {
            JsonNodeFactory f = JsonNodeFactory.instance;
            JsonNode value;
            if (node.isIntegralNumber()) {
                value = random.nextBoolean() ? f.textNode(node.asText()) : f.numberNode(new BigDecimal(node.asText() + ".0"));
            } else if (node.isNumber()) {
                value = f.textNode(node.decimalValue().toPlainString());
            } else if (node.isBoolean()) {
                value = f.textNode(node.asText());
            } else if (node.isTextual() && node.asText().matches("[0-9]{1,9}")) {
                value = f.numberNode(Integer.parseInt(node.asText()));
            } else if (node.isTextual()) {
                value = f.textNode(random.nextBoolean() ? " " + node.asText() : node.asText() + " ");
            } else {
                return;
            }
            replace(parent, key, value);
        });
    }
}
