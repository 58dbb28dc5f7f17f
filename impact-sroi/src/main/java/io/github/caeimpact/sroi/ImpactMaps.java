package io.github.caeimpact.sroi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.json.internal.ShippedResources;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.internal.json.DistributionJson;
import io.github.caeimpact.sroi.internal.json.SroiJsonModule;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Reads, validates and writes impact maps as JSON.
 *
 * <p>Reading is strict (unknown fields, wrong types and trailing content are errors with their
 * JSON path) and then validated: every problem found, of form (unknown field, wrong type, null
 * list element, absurd number) or of rule, is reported with its path, such as
 * {@code $.outcomes[2].deadweight}, in one {@link InvalidInputException}
 * (see {@link StrictJson#read(InputStream, ObjectReader, Class, String, java.util.function.Function)}). The JSON Schema of the
 * format is shipped as {@value #SCHEMA_RESOURCE}.
 */
public final class ImpactMaps {

    /** The classpath resource of the JSON Schema (draft 2020-12) of an impact map. */
    public static final String SCHEMA_RESOURCE = "/io/github/caeimpact/sroi/impact-map.schema.json";

    /** The classpath resource of the example map: a CAE's forecast with public finance outcomes. */
    public static final String EXAMPLE_RESOURCE = "/io/github/caeimpact/sroi/example-cae-map.json";

    private static final String WHAT = "impact map";
    /** Absent fields read as null, so that the rules report every missing field at once. */
    /** The strict mapper with the map format's JSON module, shared (configured once, thread-safe). */
    private static final ObjectMapper MAPPER = StrictJson.mapper().registerModule(new SroiJsonModule());
    private static final ObjectReader READER = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /**
     * The maps found valid, with the library and index they were checked against, so that a map is
     * checked once: on read, or on its first evaluation when built in code. Keys are held weakly and
     * compared by value (a map is an immutable record), which is what validity depends on.
     */
    private static final Map<ImpactMap, Checked> CHECKED = Collections.synchronizedMap(new WeakHashMap<>());

    /** A map's check: against which library and index, with which outcome. */
    private record Checked(ProxyLibrary library, PriceIndex index, ValidationReport report) {
    }

    private ImpactMaps() {
    }

    /**
     * Reads a map and validates it against the standard proxy library and price index.
     *
     * @param in the JSON, not closed
     * @return the valid map
     * @throws InvalidInputException if the JSON is malformed or the map breaks a rule
     * @throws UncheckedIOException if reading fails
     */
    public static ImpactMap read(InputStream in) {
        return read(in, ProxyLibrary.standard(), PriceIndex.standard());
    }

    /**
     * Reads a map and validates it against the given proxy library and price index.
     *
     * @param in the JSON, not closed
     * @param library the proxy library references resolve in
     * @param index the price index proxies are revalued with
     * @return the valid map
     * @throws InvalidInputException if the JSON is malformed or the map breaks a rule
     * @throws UncheckedIOException if reading fails
     */
    public static ImpactMap read(InputStream in, ProxyLibrary library, PriceIndex index) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(index, "index");
        // Binding problems and rule problems come together: a map with an unknown field, a quantity
        // of the wrong type and a share out of range reports all three.
        return read(in, map -> validate(map, library, index).problems());
    }

    /**
     * Reads a map without validating its rules (only its JSON form), for tools that report
     * problems themselves through {@link #validate(ImpactMap, ProxyLibrary, PriceIndex)}.
     *
     * @param in the JSON, not closed
     * @return the map, possibly with null fields
     * @throws InvalidInputException if the JSON is malformed or a field has the wrong type
     * @throws UncheckedIOException if reading fails
     */
    public static ImpactMap parse(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(in, map -> List.of());
    }

    /**
     * Reads the example map shipped with the library.
     *
     * @return the example map
     * @throws IllegalStateException if the resource is missing (a packaging defect)
     */
    public static ImpactMap example() {
        return ShippedResources.load(ImpactMaps.class, EXAMPLE_RESOURCE, ImpactMaps::read, "example impact map");
    }

    /**
     * Checks every rule of a map against the standard proxy library and price index.
     *
     * @param map the map
     * @return every problem found, each with its path
     */
    public static ValidationReport validate(ImpactMap map) {
        return validate(map, ProxyLibrary.standard(), PriceIndex.standard());
    }

    /**
     * Checks every rule of a map: required fields, shares within 0..1, no negative amount, known
     * stakeholder, outcome and proxy references, unique ids, dated and sourced proxies, a positive
     * total input, positive durations, proxies not dated after the analysis year and revaluable
     * with the index, coherent years and discounting.
     *
     * <p>A map is checked once against a given library and index: a map already checked (on read,
     * say) returns its report without a second pass, which is how the engine trusts a read map.
     *
     * @param map the map
     * @param library the proxy library references resolve in
     * @param index the price index proxies are revalued with
     * @return every problem found, each with its path
     */
    public static ValidationReport validate(ImpactMap map, ProxyLibrary library, PriceIndex index) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(index, "index");
        Checked checked = CHECKED.get(map);
        if (checked != null && checked.library() == library && checked.index() == index) {
            return checked.report();
        }
        ValidationReport report = new MapValidator(map, library, index).validate();
        CHECKED.put(map, new Checked(library, index, report));
        return report;
    }

    /**
     * Writes a map as JSON (UTF-8, deterministic), without closing the stream.
     *
     * @param map the map
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ImpactMap map, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toJson(map).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a map as JSON text ending with a line break.
     *
     * @param map the map
     * @return the JSON
     */
    public static String toJson(ImpactMap map) {
        Objects.requireNonNull(map, "map");
        try {
            if (map.distributions().isEmpty()) {
                return MAPPER.writeValueAsString(map) + "\n";
            }
            ObjectNode tree = MAPPER.valueToTree(map);
            DistributionJson.placeAll(tree, map.distributions());
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an impact map could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a map, keeping the distributions written in place of numbers with it (the bound map
     * holds their points), then applies the rules to the map with its distributions.
     */
    private static ImpactMap read(InputStream in, Function<ImpactMap, List<Problem>> rules) {
        Map<ParameterId, Distribution> found = new TreeMap<>();
        ImpactMap[] complete = new ImpactMap[1];
        StrictJson.read(in, READER.withAttribute(DistributionJson.FOUND, found), ImpactMap.class, WHAT, map -> {
            complete[0] = map.withDistributions(found);
            List<Problem> problems = new ArrayList<>(DistributionJson.schemeProblems(complete[0]));
            problems.addAll(rules.apply(complete[0]));
            return problems;
        });
        return complete[0];
    }
}
