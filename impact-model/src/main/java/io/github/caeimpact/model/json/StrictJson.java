package io.github.caeimpact.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The strict, deterministic JSON configuration every reader and writer of the library shares.
 *
 * <p>Reading fails on unknown fields, trailing content, nulls for primitives, missing creator
 * properties, numbers written as strings, floats where integers are expected, and on documents
 * beyond the {@link JsonLimits}; decimals are read as {@code BigDecimal}, never {@code double},
 * with their scale kept (also through {@code JsonNode} trees).
 * Writing is deterministic: fields in declaration order, map keys sorted, dates in ISO-8601,
 * decimals in plain notation, two-space indentation and {@code \n} line ends on every platform.
 * No default typing is ever enabled.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * Returns a new mapper configured strictly with the default limits.
     *
     * @return a new, independent mapper
     */
    public static ObjectMapper mapper() {
        return mapper(JsonLimits.DEFAULT);
    }

    /**
     * Returns a new mapper configured strictly with the given limits.
     *
     * @param limits the size limits to enforce, not null
     * @return a new, independent mapper
     */
    public static ObjectMapper mapper(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Keep the scale of decimals read through trees: 55.0 stays 55.0, as written.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPrettyPrinter(printer)
                .build();
    }

    /**
     * Turns a Jackson failure into a problem that names the JSON path and what was wrong.
     *
     * @param failure what Jackson threw while reading, not null
     * @return an error located at the failing path ({@code $} when no path is known)
     */
    public static Problem problemOf(JsonProcessingException failure) {
        Objects.requireNonNull(failure, "failure");
        String path = "$";
        if (failure instanceof JsonMappingException mapping) {
            path = pathOf(mapping.getPath());
        } else if (failure.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser.getParsingContext());
        }
        String where = locationOf(failure.getLocation());
        if (failure.getClass() == JsonMappingException.class && failure.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            // Data binding wraps the parser's own failures (syntax, limits): classify by the cause,
            // keep the binding's path.
            Problem inner = problemOf(cause);
            return Problem.error(path.equals("$") ? inner.path() : path, inner.code(), inner.message());
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return Problem.error(path, RuleCodes.JSON_UNKNOWN_FIELD,
                    "unknown field '" + unknown.getPropertyName() + "'" + where);
        }
        if (failure instanceof InvalidFormatException format) {
            return Problem.error(path, RuleCodes.JSON_INVALID_VALUE, "value " + describe(format.getValue())
                    + " is not a valid " + simpleName(format.getTargetType()) + where);
        }
        if (failure instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            String why = cause != null && cause.getMessage() != null ? cause.getMessage() : instantiation.getOriginalMessage();
            return Problem.error(path, RuleCodes.JSON_INVALID_VALUE, why + where);
        }
        if (failure instanceof MismatchedInputException mismatch) {
            String original = mismatch.getOriginalMessage();
            if (original != null && original.startsWith("Missing required creator property")) {
                return Problem.error(path, RuleCodes.JSON_MISSING_FIELD, firstLine(original) + where);
            }
            return Problem.error(path, RuleCodes.JSON_WRONG_TYPE, firstLine(mismatch.getOriginalMessage()) + where);
        }
        if (failure instanceof InputCoercionException) {
            return Problem.error(path, RuleCodes.JSON_INVALID_VALUE, firstLine(failure.getOriginalMessage()) + where);
        }
        if (failure instanceof StreamConstraintsException) {
            return Problem.error(path, RuleCodes.JSON_LIMIT_EXCEEDED, firstLine(failure.getOriginalMessage()) + where);
        }
        if (failure instanceof JsonMappingException) {
            return Problem.error(path, RuleCodes.JSON_INVALID, firstLine(failure.getOriginalMessage()) + where);
        }
        return Problem.error(path, RuleCodes.JSON_MALFORMED, firstLine(failure.getOriginalMessage()) + where);
    }

    /**
     * Renders a Jackson reference path as {@code $.field[index].field}.
     *
     * @param references the path from the root, as Jackson reports it
     * @return the path text, {@code $} for the root
     */
    public static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /**
     * Renders the position of a streaming parser as {@code $.field[index].field}: the value it is
     * reading, or the last field name or index it passed.
     *
     * @param context the parser's context, as {@link JsonParser#getParsingContext()} gives it;
     *     null for the root
     * @return the path text, {@code $} for the root
     */
    public static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.inObject() && at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        return "$" + String.join("", parts);
    }

    private static String locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
