package io.github.caeimpact.model.json.internal;

import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.JsonLimits;
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
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.internal.Numbers;
import io.github.caeimpact.model.json.internal.StrictScalars;
import io.github.caeimpact.model.validation.internal.ProblemCollector;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The strict, deterministic JSON configuration every reader and writer of the library shares.
 *
 * <p>Reading fails on unknown fields, trailing content, nulls for primitives, missing creator
 * properties, numbers written as strings, numbers or booleans where text is expected, numbers
 * with a fraction where integers are expected ({@code 1972.5} for a year; {@code 1972.0} is the
 * integer 1972, as in JSON Schema), enum names and dates that are not
 * exactly a JSON string as the schemas write it (no white space trimmed, no date as an array),
 * and on documents beyond the {@link JsonLimits}; decimals are read as {@code BigDecimal}, never {@code double},
 * with their scale kept (also through {@code JsonNode} trees).
 * Writing is deterministic: fields in declaration order, map keys sorted, dates in ISO-8601,
 * decimals in plain notation, two-space indentation and {@code \n} line ends on every platform.
 * No default typing is ever enabled.
 *
 * <p>{@link #read(InputStream, ObjectReader, Class, String, Function)} and its shorter forms are
 * the one way the library's readers (other than the streaming dataset reader of
 * {@link ImpactJson}, which applies the same checks) turn a document into a value: they throw
 * {@link InvalidInputException}, and nothing else, for any bad input.
 */
public final class StrictJson {

    /**
     * The most binding problems collected from one document: each problem removes the offending
     * value and binds again, so the work grows with the square of this count.
     */
    public static final int MAX_BINDING_PROBLEMS = 100;

    private static final ObjectReader DEFAULT_READER = mapper().reader();

    private StrictJson() {
    }

    /**
     * Reads a document into a value with the default limits; see
     * {@link #read(InputStream, ObjectReader, Class, String, Function)}.
     *
     * @param <T> the type of the value
     * @param in the document, not null; not closed
     * @param type the type of the value, not null
     * @param what what the document holds, for the exception message, such as {@code "price index"}
     * @return the value, never null
     * @throws InvalidInputException if the document is malformed, holds {@code null}, an absurd
     *     number or a null list element, or does not bind to the type; with every problem found
     * @throws UncheckedIOException if the stream fails
     */
    public static <T> T read(InputStream in, Class<T> type, String what) {
        return read(in, DEFAULT_READER, type, what, value -> List.of());
    }

    /**
     * Reads a document given as text into a value with the default limits; see
     * {@link #read(InputStream, ObjectReader, Class, String, Function)}.
     *
     * @param <T> the type of the value
     * @param json the document, not null
     * @param type the type of the value, not null
     * @param what what the document holds, for the exception message
     * @return the value, never null
     * @throws InvalidInputException if the document is malformed or does not bind to the type
     */
    public static <T> T read(String json, Class<T> type, String what) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type, what);
    }

    /**
     * Reads a document into a value, collecting every problem it can before failing.
     *
     * <p>The document is parsed with the reader's limits, then checked as a whole: a {@code null}
     * or empty document is an error at {@code $}; a {@code null} list element is an error at its
     * path (such as {@code $.proxies[0]}); a decimal whose plain writing has more digits than the
     * limit on number length ({@link JsonLimits#maxNumberLength()}, 40 by default), such as
     * {@code 1e999999999} or {@code 1e-400}, is an error at its path, before any arithmetic can
     * overflow or exhaust memory on it. The tree is then bound to the type; each binding failure
     * (unknown field, wrong type, invalid value) is reported with its path, the offending value is
     * left out and binding is tried again, up to {@value #MAX_BINDING_PROBLEMS} problems (then a
     * {@code PROBLEMS_OMITTED} error says binding stopped). If a value could be bound that way, the
     * rules are applied to it, and their problems are added, except those at or under a value
     * already reported and left out. At most
     * {@value io.github.caeimpact.model.validation.ValidationReport#MAX_PROBLEMS} problems are kept,
     * then one {@code PROBLEMS_OMITTED} problem says how many more there were. A malformed document
     * or a limit exceeded is located at the value being read when it happened (such as
     * {@code $.organisations[0].name}). Line and column numbers are given in messages; locations
     * are paths.
     *
     * @param <T> the type of the value
     * @param in the document, not null; not closed
     * @param reader a reader made from a {@link #mapper(JsonLimits)}, possibly with features changed
     * @param type the type of the value, not null
     * @param what what the document holds, for the exception message
     * @param rules further checks of the bound value, giving its problems with paths from {@code $}
     * @return the value, never null
     * @throws InvalidInputException if the document is malformed or does not bind, or if a rule
     *     gives an error; with every problem found (warnings of the rules alone do not reject, and
     *     are then not returned)
     * @throws UncheckedIOException if the stream fails
     */
    public static <T> T read(InputStream in, ObjectReader reader, Class<T> type, String what,
            Function<? super T, ? extends List<Problem>> rules) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(rules, "rules");
        JsonNode tree = readTree(in, reader, what);
        ProblemCollector problems = new ProblemCollector();
        List<String> removed = new ArrayList<>();
        ObjectReader typed = reader.forType(type);
        T value = null;
        int bindingProblems = 0;
        while (true) {
            if (bindingProblems == MAX_BINDING_PROBLEMS) {
                problems.add(Problem.error("$", RuleCodes.PROBLEMS_OMITTED, "binding stopped after "
                        + MAX_BINDING_PROBLEMS + " problems; there may be more"));
                break;
            }
            try {
                value = typed.readValue(tree);
                break;
            } catch (JsonProcessingException e) {
                Problem problem = problemOf(e);
                if (removed.contains(problem.path())) {
                    // A required value already reported and left out: now missing, said once.
                    break;
                }
                problems.add(problem);
                bindingProblems++;
                if (!(e instanceof JsonMappingException mapping) || !remove(tree, mapping.getPath())) {
                    break;
                }
                removed.add(pathOf(mapping.getPath()));
            } catch (IOException e) {
                // A tree is in memory: binding it reads nothing from the source.
                throw new UncheckedIOException(e);
            }
        }
        if (value != null) {
            for (Problem problem : rules.apply(value)) {
                if (removed.stream().noneMatch(path -> isAtOrUnder(problem.path(), path))) {
                    problems.add(problem);
                }
            }
        } else if (problems.isEmpty()) {
            problems.add(Problem.error("$", RuleCodes.JSON_INVALID, "the document holds no " + what));
        }
        if (value == null || problems.hasError()) {
            throw new InvalidInputException(what, problems.report());
        }
        return value;
    }

    private static JsonNode readTree(InputStream in, ObjectReader reader, String what) {
        JsonNode tree;
        // The parser is closed, the source is not (AUTO_CLOSE_SOURCE off): the caller owns it.
        try (JsonParser parser = reader.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            tree = parse(parser, reader, what);
        } catch (CharConversionException e) {
            // Thrown by the encoding detection, before any parsing.
            throw invalid(what, List.of(notText(e, null)));
        } catch (JsonProcessingException e) {
            throw invalid(what, List.of(problemOf(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw invalid(what, List.of(Problem.error("$", RuleCodes.JSON_MALFORMED, "the document is empty")));
        }
        if (tree.isNull()) {
            throw invalid(what, List.of(Problem.error("$", RuleCodes.FIELD_REQUIRED,
                    "the document is null; it must hold a " + what)));
        }
        List<Problem> problems = new ArrayList<>();
        Numbers.check(tree, "$", reader.getFactory().streamReadConstraints().getMaxNumberLength(), problems);
        nullElements(tree, "$", problems);
        if (!problems.isEmpty()) {
            throw invalid(what, problems);
        }
        return tree;
    }

    /**
     * Turns bytes that are not text in the encoding the parser detected (such as the four bytes
     * {@code 00 00 7B 00}, an impossible UCS-4 order) into a problem located where the parser was.
     *
     * @param failure what the parser or its encoding detection threw, not null
     * @param parser the parser, or null if it could not even be created
     * @return an error of code {@code JSON_MALFORMED}
     */
    public static Problem notText(CharConversionException failure, JsonParser parser) {
        Objects.requireNonNull(failure, "failure");
        String path = parser == null ? "$" : pathOf(parser.getParsingContext());
        return Problem.error(path, RuleCodes.JSON_MALFORMED, "not text in the detected encoding: " + failure.getMessage());
    }

    /**
     * Turns a Jackson failure into a problem, located at the parser's position when the failure
     * itself carries no path (a limit exceeded or malformed JSON inside a value).
     *
     * @param failure what Jackson threw while reading, not null
     * @param parser the parser that was reading, or null
     * @return an error located at the failing path
     */
    public static Problem problemOf(JsonProcessingException failure, JsonParser parser) {
        Problem problem = problemOf(failure);
        if (parser != null && problem.path().equals("$") && !(failure instanceof JsonMappingException)) {
            String at = pathOf(parser.getParsingContext());
            if (!at.equals("$")) {
                return new Problem(at, problem.code(), problem.severity(), problem.message());
            }
        }
        return problem;
    }

    /** Reads the tree, locating a malformed document or a limit exceeded at the parser's position. */
    private static JsonNode parse(JsonParser parser, ObjectReader reader, String what) throws IOException {
        try {
            return reader.readTree(parser);
        } catch (JsonProcessingException e) {
            throw invalid(what, List.of(problemOf(e, parser)));
        } catch (CharConversionException e) {
            throw invalid(what, List.of(notText(e, parser)));
        }
    }

    private static InvalidInputException invalid(String what, List<Problem> problems) {
        return new InvalidInputException(what, new ValidationReport(problems));
    }

    private static void nullElements(JsonNode node, String path, List<Problem> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                if (node.get(i).isNull()) {
                    problems.add(Problem.error(at, RuleCodes.FIELD_REQUIRED, "a list element must not be null"));
                } else {
                    nullElements(node.get(i), at, problems);
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                nullElements(field.getValue(), path + "." + field.getKey(), problems);
            }
        }
    }

    /** Removes the value at a path so that binding can go on; false if there is none to remove. */
    private static boolean remove(JsonNode tree, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = tree;
        for (JsonMappingException.Reference reference : path.subList(0, path.size() - 1)) {
            parent = reference.getIndex() >= 0 ? parent.get(reference.getIndex())
                    : reference.getFieldName() != null ? parent.get(reference.getFieldName()) : null;
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        // Removing a list element would shift the paths of the later ones: stop collecting there.
        if (last.getIndex() < 0 && last.getFieldName() != null && parent instanceof ObjectNode object
                && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        return false;
    }

    private static boolean isAtOrUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
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
                .addModule(StrictScalars.module())
                // Text is text: a number or a boolean where a string is expected is refused, as the
                // schemas refuse it ("id": 123), instead of being written out as text.
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
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
