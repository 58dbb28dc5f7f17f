package io.github.caeimpact.sroi.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flattens a JSON record to its leaves by dotted path ({@code proxy.value}, {@code attribution[1]}) and back. */
final class JsonPaths {

    /** A path: names with optional indexes, separated by dots. */
    static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\[\\d{1,4}])*(\\.[A-Za-z][A-Za-z0-9_]*(\\[\\d{1,4}])*)*");
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)|\\[(\\d+)]");

    private JsonPaths() {
    }

    /** Returns the leaves of a record (scalars, nulls left out) by path, in document order. */
    static Map<String, JsonNode> leaves(JsonNode record) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect(record, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            leaves.put(path, node);
        }
    }

    /**
     * Sets a leaf into a record, making the objects and arrays on its way (array gaps hold nulls).
     *
     * @return null if set, or why it cannot be (a value already there, or a value in the way)
     */
    static String set(ObjectNode record, String path, JsonNode value) {
        List<Object> steps = new ArrayList<>();
        Matcher step = STEP.matcher(path);
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
        }
        JsonNode container = record;
        for (int i = 0; i < steps.size() - 1; i++) {
            JsonNode child = get(container, steps.get(i));
            boolean array = steps.get(i + 1) instanceof Integer;
            if (child == null || child.isNull()) {
                child = array ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                put(container, steps.get(i), child);
            } else if (array != child.isArray() || !array && !child.isObject()) {
                return "another cell gives a value to " + prefix(steps, i + 1);
            }
            container = child;
        }
        Object last = steps.get(steps.size() - 1);
        JsonNode existing = get(container, last);
        if (existing != null && !existing.isNull()) {
            return "another cell gives a value to " + path;
        }
        put(container, last, value);
        return null;
    }

    private static JsonNode get(JsonNode container, Object step) {
        return step instanceof Integer index ? (index < container.size() ? container.get(index) : null)
                : container.get((String) step);
    }

    private static String prefix(List<Object> steps, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(steps.get(i) instanceof Integer index ? "[" + index + "]" : (i > 0 ? "." : "") + steps.get(i));
        }
        return text.toString();
    }

    private static void put(JsonNode container, Object step, JsonNode value) {
        if (step instanceof String name) {
            ((ObjectNode) container).set(name, value);
            return;
        }
        int index = (Integer) step;
        ArrayNode array = (ArrayNode) container;
        while (array.size() <= index) {
            array.addNull();
        }
        array.set(index, value);
    }
}
