package io.github.caeimpact.sroi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A small checker of the JSON Schema keywords the shipped schemas use, for drift tests. */
public final class SchemaChecker {

    private SchemaChecker() {
    }

    /** Returns the problems of a document against a whole schema. */
    public static List<String> conform(JsonNode schema, JsonNode document) {
        return conform(schema, schema, document, "$");
    }

    /** Returns the problems of a value against a rule of a schema whose root is given. */
    static List<String> conform(JsonNode root, JsonNode rule, JsonNode value, String path) {
        List<String> problems = new ArrayList<>();
        if (rule.has("$ref")) {
            String name = rule.get("$ref").asText().replace("#/$defs/", "");
            return conform(root, root.get("$defs").get(name), value, path);
        }
        if (rule.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : rule.get("oneOf")) {
                if (conform(root, option, value, path).isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                problems.add(path + ": matches " + matches + " alternatives of oneOf");
            }
            return problems;
        }
        if (rule.has("const") && !rule.get("const").equals(value)) {
            problems.add(path + ": not " + rule.get("const"));
        }
        if (rule.has("enum")) {
            boolean found = false;
            for (JsonNode option : rule.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                problems.add(path + ": not in enum");
            }
        }
        String type = rule.has("type") ? rule.get("type").asText() : null;
        if ("object".equals(type)) {
            if (!value.isObject()) {
                problems.add(path + ": not an object");
                return problems;
            }
            if (rule.has("required")) {
                rule.get("required").forEach(r -> {
                    if (!value.has(r.asText())) {
                        problems.add(path + ": missing " + r.asText());
                    }
                });
            }
            JsonNode properties = rule.get("properties");
            JsonNode additional = rule.get("additionalProperties");
            value.fieldNames().forEachRemaining(field -> {
                if ((properties == null || !properties.has(field)) && additional != null && additional.isObject()) {
                    problems.addAll(conform(root, additional, value.get(field), path + "." + field));
                } else if (properties == null || !properties.has(field)) {
                    problems.add(path + ": unknown property " + field);
                } else {
                    problems.addAll(conform(root, properties.get(field), value.get(field), path + "." + field));
                }
            });
        } else if ("array".equals(type)) {
            if (!value.isArray()) {
                problems.add(path + ": not an array");
                return problems;
            }
            if (rule.has("minItems") && value.size() < rule.get("minItems").asInt()) {
                problems.add(path + ": too few items");
            }
            for (int i = 0; i < value.size(); i++) {
                problems.addAll(conform(root, rule.get("items"), value.get(i), path + "[" + i + "]"));
            }
        } else if ("string".equals(type)) {
            if (!value.isTextual()) {
                problems.add(path + ": not a string");
            } else if (rule.has("minLength") && value.asText().length() < rule.get("minLength").asInt()) {
                problems.add(path + ": too short");
            }
        } else if ("integer".equals(type) || "number".equals(type)) {
            if (!value.isNumber() || "integer".equals(type) && !value.isIntegralNumber()) {
                problems.add(path + ": not a " + type);
                return problems;
            }
            double x = value.asDouble();
            if (rule.has("minimum") && x < rule.get("minimum").asDouble()
                    || rule.has("maximum") && x > rule.get("maximum").asDouble()
                    || rule.has("exclusiveMinimum") && x <= rule.get("exclusiveMinimum").asDouble()
                    || rule.has("exclusiveMaximum") && x >= rule.get("exclusiveMaximum").asDouble()) {
                problems.add(path + ": out of range");
            }
        } else if ("boolean".equals(type) && !value.isBoolean()) {
            problems.add(path + ": not a boolean");
        }
        return problems;
    }
}
