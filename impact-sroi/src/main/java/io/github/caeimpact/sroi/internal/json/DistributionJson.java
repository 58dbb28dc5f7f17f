package io.github.caeimpact.sroi.internal.json;

import io.github.caeimpact.sroi.rules.MapRuleCodes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import io.github.caeimpact.sroi.map.Prior;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON form of a {@link Distribution} written in a map in place of a number, such as
 * {@code {"distribution":"TRIANGULAR","min":0.1,"mode":0.2,"max":0.4}} or
 * {@code {"prior":"deadweight"}}: read where a map holds a numeric parameter, checked (its own
 * fields, then its range against the parameter's), collected by address into the attribute
 * {@link #FOUND} of the read, and replaced by its point.
 */
public final class DistributionJson {

    /** The attribute of a read holding the {@code Map<ParameterId, Distribution>} found. */
    public static final String FOUND = "io.github.caeimpact.sroi.distributions";

    /** The JSON names of the distributions, as the {@code distribution} field writes them: the records' type names. */
    static final List<String> NAMES = Arrays.stream(Distribution.class.getPermittedSubclasses())
            .map(type -> type.getAnnotation(JsonTypeName.class)).filter(Objects::nonNull).map(JsonTypeName::value).toList();

    /** The numeric parameters of a map and their kinds, by path below the root. */
    private static final Pattern OUTCOME = Pattern.compile(
            "outcomes\\[\\d+]\\.(quantity|proxy\\.value|durationYears|deadweight|displacement|dropOff|leakage"
                    + "|attribution(\\[\\d+])?)");
    private static final Pattern INPUT = Pattern.compile("inputs\\[\\d+]\\.amount");
    /** A discounting scheme's parameter: its kind is the scheme's to say, checked once the map is bound. */
    private static final Pattern SCHEME = Pattern.compile("discounting\\.\\w+(\\[\\d+])?");

    private DistributionJson() {
    }

    /**
     * Returns the kind of the numeric parameter of an outcome or input at a path, or null
     * otherwise (a discounting scheme's parameters are checked by {@link #schemeProblems}).
     *
     * @param path the path below the root, such as {@code outcomes[0].deadweight}
     * @return the kind, or null
     */
    public static ParameterKind kindAt(String path) {
        Matcher outcome = OUTCOME.matcher(path);
        if (outcome.matches()) {
            return switch (outcome.group(1)) {
                case "quantity" -> ParameterKind.QUANTITY;
                case "proxy.value" -> ParameterKind.PROXY;
                case "durationYears" -> ParameterKind.DURATION;
                default -> ParameterKind.SHARE;
            };
        }
        if (INPUT.matcher(path).matches()) {
            return ParameterKind.AMOUNT;
        }
        return null;
    }

    /**
     * Returns the path, below the root, of the value a parser stands on.
     *
     * @param p the parser, on a value or on the START_OBJECT of one
     * @return the path without {@code $.}
     */
    static String pathOf(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        String path = StrictJson.pathOf(context);
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    /**
     * Reads the distribution object the parser stands on, checks it against the parameter at
     * {@code path}, records it in the read's {@link #FOUND} attribute and returns its point.
     *
     * @param p the parser, on START_OBJECT
     * @param ctxt the context of the read
     * @param path the parameter's address below the root
     * @return the point of the distribution
     * @throws IOException with the rule broken, located by the caller's path
     */
    static BigDecimal readPoint(JsonParser p, DeserializationContext ctxt, String path) throws IOException {
        return readPoint(ctxt.readTree(p), ctxt, path);
    }

    /**
     * Reads a distribution object already read as a tree; as {@link #readPoint(JsonParser,
     * DeserializationContext, String)}.
     *
     * @param node the object
     * @param ctxt the context of the read
     * @param path the parameter's address below the root; a lone attribution share,
     *     {@code outcomes[i].attribution}, is recorded as {@code outcomes[i].attribution[0]}
     * @return the point of the distribution
     * @throws IOException with the rule broken, located by the caller's path
     */
    @SuppressWarnings("unchecked")
    static BigDecimal readPoint(JsonNode node, DeserializationContext ctxt, String path) throws IOException {
        ParameterKind kind = kindAt(path);
        boolean scheme = SCHEME.matcher(path).matches();
        if (kind == null && !scheme || !node.isObject()) {
            return ctxt.reportInputMismatch(BigDecimal.class, "must be a number, was an object");
        }
        Object found = ctxt.getAttribute(FOUND);
        if (!(found instanceof Map)) {
            return ctxt.reportInputMismatch(BigDecimal.class,
                    "a distribution is read only by ImpactMaps, which keeps it with the map");
        }
        Distribution distribution = parse((ObjectNode) node, ctxt);
        List<String> problems = new ArrayList<>(distribution.problems());
        if (problems.isEmpty() && kind != null) {
            kind.problemWith(distribution).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return ctxt.reportInputMismatch(BigDecimal.class, "invalid distribution: %s", String.join("; ", problems));
        }
        String address = path.endsWith(".attribution") ? path + "[0]" : path;
        ((Map<ParameterId, Distribution>) found).put(new ParameterId(address), distribution);
        return distribution.point();
    }

    private static Distribution parse(ObjectNode node, DeserializationContext ctxt) throws IOException {
        if (node.has("prior")) {
            fields(node, ctxt, Set.of("prior", "value"), Set.of("prior"));
            JsonNode name = node.get("prior");
            Prior prior = name.isTextual() ? Prior.ofJsonName(name.asText()).orElse(null) : null;
            if (prior == null) {
                return ctxt.reportInputMismatch(BigDecimal.class, "prior: value %s is not one of %s", name,
                        Arrays.stream(Prior.values()).map(Prior::jsonName).toList());
            }
            return new Distribution.FromPrior(prior, number(node, "value", ctxt));
        }
        JsonNode name = node.get("distribution");
        if (name == null || !name.isTextual() || !NAMES.contains(name.asText())) {
            return ctxt.reportInputMismatch(BigDecimal.class,
                    "a distribution needs \"distribution\" (one of %s) or \"prior\" (one of %s), was %s", NAMES,
                    Arrays.stream(Prior.values()).map(Prior::jsonName).toList(), name == null ? "absent" : name);
        }
        return switch (name.asText()) {
            case "UNIFORM" -> {
                fields(node, ctxt, Set.of("distribution", "min", "max", "value"), Set.of("min", "max"));
                yield new Distribution.Uniform(number(node, "min", ctxt), number(node, "max", ctxt),
                        number(node, "value", ctxt));
            }
            case "TRIANGULAR", "PERT" -> {
                fields(node, ctxt, Set.of("distribution", "min", "mode", "max", "value"), Set.of("min", "mode", "max"));
                BigDecimal min = number(node, "min", ctxt);
                BigDecimal mode = number(node, "mode", ctxt);
                BigDecimal max = number(node, "max", ctxt);
                BigDecimal value = number(node, "value", ctxt);
                yield name.asText().equals("PERT") ? new Distribution.Pert(min, mode, max, value)
                        : new Distribution.Triangular(min, mode, max, value);
            }
            case "BETA" -> {
                fields(node, ctxt, Set.of("distribution", "alpha", "beta", "value"), Set.of("alpha", "beta"));
                yield new Distribution.Beta(number(node, "alpha", ctxt), number(node, "beta", ctxt),
                        number(node, "value", ctxt));
            }
            case "NORMAL" -> {
                fields(node, ctxt, Set.of("distribution", "mean", "sd", "min", "max", "value"),
                        Set.of("mean", "sd", "min", "max"));
                yield new Distribution.Normal(number(node, "mean", ctxt), number(node, "sd", ctxt),
                        number(node, "min", ctxt), number(node, "max", ctxt), number(node, "value", ctxt));
            }
            default -> {
                fields(node, ctxt, Set.of("distribution", "mu", "sigma", "value"), Set.of("mu", "sigma"));
                yield new Distribution.LogNormal(number(node, "mu", ctxt), number(node, "sigma", ctxt),
                        number(node, "value", ctxt));
            }
        };
    }

    private static void fields(ObjectNode node, DeserializationContext ctxt, Set<String> allowed, Set<String> required)
            throws IOException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!allowed.contains(field)) {
                ctxt.reportInputMismatch(BigDecimal.class, "unknown field '%s' of a distribution: expected %s", field,
                        allowed.stream().sorted().toList());
            }
        }
        for (String field : required.stream().sorted().toList()) {
            if (!node.has(field)) {
                ctxt.reportInputMismatch(BigDecimal.class, "%s: required by this distribution", field);
            }
        }
    }

    private static BigDecimal number(ObjectNode node, String field, DeserializationContext ctxt) throws IOException {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            return ctxt.reportInputMismatch(BigDecimal.class, "%s: must be a number, was %s", field, value);
        }
        return value.decimalValue();
    }

    /**
     * Returns the JSON object of a distribution, fields in the order a map writes them.
     *
     * @param distribution the distribution
     * @return the object
     */
    public static ObjectNode write(Distribution distribution) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (distribution instanceof Distribution.FromPrior prior) {
            node.put("prior", prior.prior().jsonName());
        } else if (distribution instanceof Distribution.Uniform u) {
            node.put("distribution", "UNIFORM").put("min", u.min()).put("max", u.max());
        } else if (distribution instanceof Distribution.Triangular t) {
            node.put("distribution", "TRIANGULAR").put("min", t.min()).put("mode", t.mode()).put("max", t.max());
        } else if (distribution instanceof Distribution.Pert t) {
            node.put("distribution", "PERT").put("min", t.min()).put("mode", t.mode()).put("max", t.max());
        } else if (distribution instanceof Distribution.Beta b) {
            node.put("distribution", "BETA").put("alpha", b.alpha()).put("beta", b.beta());
        } else if (distribution instanceof Distribution.Normal n) {
            node.put("distribution", "NORMAL").put("mean", n.mean()).put("sd", n.sd()).put("min", n.min())
                    .put("max", n.max());
        } else if (distribution instanceof Distribution.LogNormal l) {
            node.put("distribution", "LOGNORMAL").put("mu", l.mu()).put("sigma", l.sigma());
        }
        if (distribution.value() != null) {
            node.put("value", distribution.value());
        }
        return node;
    }

    /**
     * Puts each distribution in place of its number in a map written as a tree (a lone
     * attribution share, written as a number, is replaced itself).
     *
     * @param map the map's tree
     * @param distributions the distributions by address
     * @throws IllegalArgumentException if an address does not lead to a number of the tree
     */
    public static void placeAll(ObjectNode map, Map<ParameterId, Distribution> distributions) {
        for (Map.Entry<ParameterId, Distribution> entry : distributions.entrySet()) {
            String[] steps = entry.getKey().path().split("\\.");
            JsonNode parent = map;
            for (int s = 0; s < steps.length - 1 && parent != null; s++) {
                parent = step(parent, steps[s]);
            }
            String last = steps[steps.length - 1];
            int bracket = last.indexOf('[');
            String field = bracket < 0 ? last : last.substring(0, bracket);
            JsonNode holder = parent == null ? null : parent.get(field);
            if (holder != null && holder.isArray() && bracket >= 0) {
                int index = Integer.parseInt(last.substring(bracket + 1, last.length() - 1));
                ((ArrayNode) holder).set(index, write(entry.getValue()));
            } else if (holder != null && holder.isNumber() && parent instanceof ObjectNode object) {
                object.set(field, write(entry.getValue()));
            } else {
                throw new IllegalArgumentException("distributions: no number at " + entry.getKey().jsonPath());
            }
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        JsonNode list = node.get(step.substring(0, bracket));
        return list == null ? null : list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }

    /**
     * Checks the distributions written at the discounting scheme's parameters against the kinds
     * the scheme declares (its {@code parameters()}): one known to the scheme and within its range.
     *
     * @param map the bound map with its distributions
     * @return the problems, each at its path
     */
    public static List<Problem> schemeProblems(ImpactMap map) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<ParameterId, Distribution> entry : map.distributions().entrySet()) {
            String path = entry.getKey().path();
            if (!path.startsWith("discounting.") || map.discounting() == null) {
                continue;
            }
            String name = path.substring("discounting.".length());
            ParameterKind kind = map.discounting().parameters().stream().filter(p -> p.name().equals(name))
                    .map(Discounting.SchemeParameter::kind).findFirst().orElse(null);
            if (kind == null) {
                problems.add(Problem.error(entry.getKey().jsonPath(), MapRuleCodes.DISTRIBUTION_INVALID,
                        "the scheme has no numeric parameter '" + name + "' to draw"));
            } else {
                kind.problemWith(entry.getValue()).ifPresent(why -> problems.add(
                        Problem.error(entry.getKey().jsonPath(), MapRuleCodes.DISTRIBUTION_INVALID, "invalid distribution: " + why)));
            }
        }
        return problems;
    }
}
