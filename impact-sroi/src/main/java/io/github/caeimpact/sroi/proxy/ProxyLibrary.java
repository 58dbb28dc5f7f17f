package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.caeimpact.model.json.internal.ShippedResources;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.SupportedDate;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.internal.Limits;
import io.github.caeimpact.sroi.rules.MapLimits;
import io.github.caeimpact.sroi.rules.MapRuleCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A library of dated financial proxies with their sources, keyed by id.
 *
 * <p>The library shipped with cae-impact ({@link #standard()}) holds French proxies (RSA, ARE,
 * SMIC, social contribution rates, the public cost of long-term unemployment). A user's library
 * read with {@link #read(InputStream)} is combined with it by {@link #combinedWith(ProxyLibrary, Conflicts)},
 * which either rejects or lets the user's entry win when both define the same id.
 */
public final class ProxyLibrary {

    /**
     * The currency of every money value of a library, shipped or read: euros. A map in another
     * currency cannot use library proxies (they are never converted).
     */
    public static final String CURRENCY = "EUR";

    /** The classpath resource of the shipped library. */
    public static final String STANDARD_RESOURCE = "/io/github/caeimpact/sroi/proxies.json";

    /** Absent fields read as null, so that every missing field of every entry is reported at once. */
    private static final ObjectReader READER = StrictJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** What to do when two libraries define the same proxy id. */
    public enum Conflicts {
        /** A shared id is an error ({@code PROXY_ID_CONFLICT}), so that no value is replaced silently. */
        REJECT,
        /** The second library's entry replaces the first's. */
        SECOND_WINS
    }

    private final String name;
    private final String version;
    private final Map<String, ProxyEntry> entries;

    private ProxyLibrary(String name, String version, Map<String, ProxyEntry> entries) {
        this.name = name;
        this.version = version;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * The JSON shape of a library file.
     *
     * @param name the library name
     * @param version the library version
     * @param proxies the entries
     */
    record Document(@JsonProperty("name") String name, @JsonProperty("version") String version,
            @JsonProperty("proxies") @NotNull List<@NotNull @Valid ProxyEntry> proxies) {
        @JsonCreator
        Document {
        }
    }

    /**
     * Returns the library shipped with cae-impact.
     *
     * @return the standard library, loaded once and shared (it is immutable)
     * @throws IllegalStateException if the shipped resource is missing or invalid (a packaging defect)
     */
    public static ProxyLibrary standard() {
        return Standard.INSTANCE;
    }

    private static ProxyLibrary load() {
        return ShippedResources.load(ProxyLibrary.class, STANDARD_RESOURCE, ProxyLibrary::read, "proxy library");
    }

    /** Loads the shipped proxy library once, on first use: it is immutable, so every caller can share it. */
    private static final class Standard {
        static final ProxyLibrary INSTANCE = load();
    }

    /**
     * Reads a library from JSON: {@code {"name", "version", "proxies": [{"id", "label", "unit",
     * "indexed", "values": [{"value", "baseYear", "validFrom", "source", "note"}]}]}}.
     *
     * @param in the JSON, not closed
     * @return the library
     * @throws InvalidInputException if the JSON is malformed or an entry lacks an id, unit, value,
     *     base year or source, or an id repeats; every problem carries its path
     * @throws UncheckedIOException if reading fails
     */
    public static ProxyLibrary read(InputStream in) {
        Document document = StrictJson.read(in, READER, Document.class, "proxy library", d -> List.of());
        List<Problem> problems = new ArrayList<>();
        Map<String, ProxyEntry> entries = new LinkedHashMap<>();
        List<ProxyEntry> proxies = document.proxies() == null ? List.of() : document.proxies();
        if (document.proxies() == null) {
            problems.add(Problem.error("$.proxies", RuleCodes.FIELD_REQUIRED, "proxies is required"));
        }
        for (int i = 0; i < proxies.size(); i++) {
            ProxyEntry entry = proxies.get(i);
            String path = "$.proxies[" + i + "]";
            checkEntry(entry, path, problems);
            if (entry.id() != null && entries.putIfAbsent(entry.id(), sorted(entry)) != null) {
                problems.add(Problem.error(path + ".id", MapRuleCodes.DUPLICATE_PROXY_ID, "proxy id '" + entry.id() + "' repeats"));
            }
        }
        ValidationReport.of(problems).throwIfInvalid("proxy library");
        return new ProxyLibrary(document.name(), document.version(), entries);
    }

    private static void checkEntry(ProxyEntry entry, String path, List<Problem> problems) {
        text(entry.id(), path + ".id", problems);
        text(entry.unit(), path + ".unit", problems);
        if (entry.values() == null || entry.values().isEmpty()) {
            problems.add(Problem.error(path + ".values", entry.values() == null ? RuleCodes.FIELD_REQUIRED : RuleCodes.FIELD_EMPTY,
                    "at least one dated value is required"));
            return;
        }
        for (int j = 0; j < entry.values().size(); j++) {
            DatedValue value = entry.values().get(j);
            String at = path + ".values[" + j + "]";
            if (value.value() == null) {
                problems.add(Problem.error(at + ".value", RuleCodes.FIELD_REQUIRED, "value is required"));
            } else if (value.value().signum() < 0) {
                problems.add(Problem.error(at + ".value", RuleCodes.AMOUNT_NEGATIVE, "a proxy value must not be negative"));
            } else {
                // Maps referring to the library take its values as they are: bound them here, once.
                Problem outOfBounds = Limits.outOfBounds(value.value(), at + ".value", MapLimits.MAX_MAGNITUDE);
                if (outOfBounds != null) {
                    problems.add(outOfBounds);
                }
            }
            if (value.baseYear() == null) {
                problems.add(Problem.error(at + ".baseYear", RuleCodes.FIELD_REQUIRED, "a proxy needs a base year"));
            }
            if (value.validFrom() != null && (value.validFrom().isBefore(SupportedDate.EARLIEST) || value.validFrom().isAfter(SupportedDate.LATEST))) {
                problems.add(Problem.error(at + ".validFrom", RuleCodes.DATE_OUT_OF_RANGE, "a date is from " + SupportedDate.EARLIEST
                        + " to " + SupportedDate.LATEST + ", was " + value.validFrom()));
            }
            text(value.source(), at + ".source", problems);
        }
    }

    /** A required text: FIELD_REQUIRED when absent, FIELD_BLANK when only white space; the price index's too. */
    static void text(String text, String path, List<Problem> problems) {
        if (text == null) {
            problems.add(Problem.error(path, RuleCodes.FIELD_REQUIRED, path.substring(path.lastIndexOf('.') + 1) + " is required"));
        } else if (text.isBlank()) {
            problems.add(Problem.error(path, RuleCodes.FIELD_BLANK, path.substring(path.lastIndexOf('.') + 1) + " must not be blank"));
        }
    }

    private static ProxyEntry sorted(ProxyEntry entry) {
        if (entry.values() == null) {
            return entry;
        }
        List<DatedValue> values = new ArrayList<>(entry.values());
        values.sort(Comparator.comparing(DatedValue::baseYear, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DatedValue::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ProxyEntry(entry.id(), entry.label(), entry.unit(), entry.indexed(), values);
    }

    /**
     * Returns a library holding this library's entries and another's.
     *
     * @param other the other library, typically a user's
     * @param conflicts what to do with an id both define
     * @return the combined library, named after this one
     * @throws InvalidInputException under {@link Conflicts#REJECT} if an id is shared, with code
     *     {@code PROXY_ID_CONFLICT}
     */
    public ProxyLibrary combinedWith(ProxyLibrary other, Conflicts conflicts) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(conflicts, "conflicts");
        Map<String, ProxyEntry> all = new LinkedHashMap<>(entries);
        List<Problem> problems = new ArrayList<>();
        for (ProxyEntry entry : other.entries.values()) {
            if (all.containsKey(entry.id()) && conflicts == Conflicts.REJECT) {
                problems.add(Problem.error("$.proxies[id=" + entry.id() + "]", MapRuleCodes.PROXY_ID_CONFLICT,
                        "proxy id '" + entry.id() + "' is defined by both libraries; choose SECOND_WINS to replace it"));
            }
            all.put(entry.id(), entry);
        }
        ValidationReport.of(problems).throwIfInvalid("proxy library");
        return new ProxyLibrary(name, version, all);
    }

    /**
     * Returns an entry by id.
     *
     * @param id the proxy id
     * @return the entry, or empty if unknown
     */
    public Optional<ProxyEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /**
     * Returns every entry in file order.
     *
     * @return the entries
     */
    public List<ProxyEntry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Returns the proxy a map's {@code {"ref": id}} stands for in a given analysis year: the latest
     * value whose base year is not after the analysis year, else the earliest value (whose base
     * year then lies after the analysis year, which {@code ImpactMaps.validate} reports).
     *
     * @param id the proxy id
     * @param analysisYear the analysis year
     * @return the proxy with its source (naming the library id and the date it took effect), or
     *     empty if the id is unknown
     */
    public Optional<FinancialProxy> resolve(String id, int analysisYear) {
        ProxyEntry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        DatedValue chosen = entry.values().get(0);
        for (DatedValue value : entry.values()) {
            if (value.baseYear() <= analysisYear) {
                chosen = value;
            }
        }
        String source = chosen.source() + " [proxy library " + id
                + (chosen.validFrom() == null ? "" : ", value in force from " + chosen.validFrom()) + "]";
        return Optional.of(new FinancialProxy(chosen.value(), entry.unit(), chosen.baseYear(), source,
                entry.indexed()));
    }

    /**
     * Returns the library name.
     *
     * @return the name, or null if the file gave none
     */
    public String name() {
        return name;
    }

    /**
     * Returns the library version.
     *
     * @return the version, or null if the file gave none
     */
    public String version() {
        return version;
    }
}
