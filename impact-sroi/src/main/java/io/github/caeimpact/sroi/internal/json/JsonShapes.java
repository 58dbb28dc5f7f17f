package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/** Small strict readers shared by the custom deserializers. */
final class JsonShapes {

    private JsonShapes() {
    }

    /**
     * Reads, from START_OBJECT (or the first field name), an object holding exactly one string field.
     */
    static String readSingleStringField(JsonParser p, DeserializationContext ctxt, Class<?> type, String field)
            throws IOException {
        JsonToken token = p.currentToken() == JsonToken.START_OBJECT ? p.nextToken() : p.currentToken();
        String value = null;
        while (token == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken valueToken = p.nextToken();
            if (!field.equals(name)) {
                return ctxt.reportInputMismatch(type, "unknown field '%s': expected only '%s'", name, field);
            }
            if (valueToken != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(type, "'%s' must be a string, was %s", field, valueToken);
            }
            value = p.getText();
            token = p.nextToken();
        }
        if (value == null || value.isBlank()) {
            return ctxt.reportInputMismatch(type, "'%s' is required and must not be blank", field);
        }
        return value;
    }

    /**
     * Returns the one string field of an object read as a tree, with the rules of
     * {@link #readSingleStringField}.
     */
    static String singleStringField(JsonNode node, DeserializationContext ctxt, Class<?> type, String field)
            throws IOException {
        String value = null;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!field.equals(entry.getKey())) {
                return ctxt.reportInputMismatch(type, "unknown field '%s': expected only '%s'", entry.getKey(), field);
            }
            if (!entry.getValue().isTextual()) {
                return ctxt.reportInputMismatch(type, "'%s' must be a string, was %s", field,
                        entry.getValue().asToken());
            }
            value = entry.getValue().asText();
        }
        if (value == null || value.isBlank()) {
            return ctxt.reportInputMismatch(type, "'%s' is required and must not be blank", field);
        }
        return value;
    }
}
