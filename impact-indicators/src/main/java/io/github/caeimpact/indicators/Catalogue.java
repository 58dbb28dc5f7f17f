package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.survey.SurveyRuleCodes;
import io.github.caeimpact.indicators.internal.CatalogueValidator;
import io.github.caeimpact.model.json.internal.ShippedResources;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicator catalogue in force: the shipped CAE-IMPACT catalogue, possibly extended by other
 * programmes' catalogue files.
 *
 * <p>Extension rule: an extension file may add indicators and instruments with new ids, and may
 * replace an existing one only with a strictly higher {@code version}; any other clash is an error
 * that names both definitions. Order is deterministic: shipped definitions first in file order,
 * replacements in place, additions after.
 */
public final class Catalogue {

    /** The classpath location of the shipped catalogue. */
    public static final String SHIPPED_RESOURCE = "/io/github/caeimpact/indicators/catalogue.json";

    /** The classpath location of the catalogue's JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/io/github/caeimpact/indicators/catalogue.schema.json";

    private final List<String> sources;
    private final Map<String, Entry<IndicatorDefinition>> definitions;
    private final Map<String, Entry<SurveyInstrument>> instruments;

    private record Entry<T>(T value, String source) {
    }

    private Catalogue(List<String> sources, Map<String, Entry<IndicatorDefinition>> definitions,
            Map<String, Entry<SurveyInstrument>> instruments) {
        this.sources = List.copyOf(sources);
        this.definitions = definitions;
        this.instruments = instruments;
    }

    /**
     * Returns the catalogue shipped with this library.
     *
     * @return the shipped catalogue
     * @throws IllegalStateException if the shipped resource is missing or invalid (a packaging defect)
     */
    public static Catalogue shipped() {
        return ShippedResources.load(Catalogue.class, SHIPPED_RESOURCE, in -> of(read(in)), "catalogue");
    }

    /**
     * Returns a catalogue made of one document.
     *
     * @param document the document, checked
     * @return the catalogue
     * @throws InvalidInputException if the document breaks a rule (every problem listed)
     */
    public static Catalogue of(CatalogueDocument document) {
        Objects.requireNonNull(document, "document");
        return new Catalogue(List.of(), new LinkedHashMap<>(), new LinkedHashMap<>()).with(document);
    }

    /**
     * Reads a catalogue document strictly, without adding it to any catalogue.
     *
     * <p>The JSON is read with {@link StrictJson#read(InputStream, com.fasterxml.jackson.databind.ObjectReader, Class, String,
     * java.util.function.Function)}: a null document, null list elements, absurd numbers and binding
     * failures are problems with their paths. The document is then checked on its own by the
     * catalogue rules (ids, versions, texts, units, codes, survey items of its own instruments);
     * survey references to instruments of the catalogue it will extend are checked by
     * {@link #with(CatalogueDocument)}.
     *
     * @param in the JSON, not closed by this method
     * @return the document, checked on its own
     * @throws InvalidInputException if the JSON is malformed or breaks a rule, every problem with its JSON path
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static CatalogueDocument read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return StrictJson.read(in, StrictJson.mapper().reader(), CatalogueDocument.class, "catalogue",
                document -> CatalogueValidator.validate(document, null).problems());
    }

    /**
     * Returns this catalogue extended by another programme's catalogue file.
     *
     * @param in the extension's JSON, not closed by this method
     * @return the extended catalogue; this one is unchanged
     * @throws InvalidInputException if the file is invalid or clashes with a loaded definition
     */
    public Catalogue withExtension(InputStream in) {
        return with(read(in));
    }

    /**
     * Returns this catalogue extended by a document.
     *
     * @param document the extension
     * @return the extended catalogue; this one is unchanged
     * @throws InvalidInputException if the document is invalid, or if it redefines an indicator or
     *     instrument without a strictly higher version (the message names both definitions)
     */
    public Catalogue with(CatalogueDocument document) {
        Objects.requireNonNull(document, "document");
        String source = document.id() + " " + document.catalogueVersion();
        Map<String, SurveyInstrument> known = new LinkedHashMap<>();
        instruments.forEach((id, entry) -> known.put(id, entry.value()));
        ValidationReport report = CatalogueValidator.validate(document, known);
        List<Problem> clashes = new ArrayList<>();
        Map<String, Entry<SurveyInstrument>> newInstruments = new LinkedHashMap<>(instruments);
        for (int i = 0; i < document.instruments().size(); i++) {
            SurveyInstrument instrument = document.instruments().get(i);
            Entry<SurveyInstrument> old = instruments.get(instrument.id());
            if (old != null && !isHigher(instrument.version(), old.value().version())) {
                clashes.add(Problem.error("$.instruments[" + i + "].version", CatalogueRuleCodes.VERSION_CONFLICT,
                        "instrument " + instrument.id() + " " + instrument.version() + " in " + source
                                + " does not replace " + instrument.id() + " " + old.value().version() + " in " + old.source()
                                + ": a replacement must carry a higher version"));
            }
            newInstruments.put(instrument.id(), new Entry<>(instrument, source));
        }
        Map<String, Entry<IndicatorDefinition>> newDefinitions = new LinkedHashMap<>(definitions);
        for (int i = 0; i < document.indicators().size(); i++) {
            IndicatorDefinition definition = document.indicators().get(i);
            Entry<IndicatorDefinition> old = definitions.get(definition.id());
            if (old != null && !isHigher(definition.version(), old.value().version())) {
                clashes.add(Problem.error("$.indicators[" + i + "].version", CatalogueRuleCodes.VERSION_CONFLICT,
                        "indicator " + definition.id() + " " + definition.version() + " in " + source
                                + " does not replace " + definition.id() + " " + old.value().version() + " in " + old.source()
                                + ": a replacement must carry a higher version"));
            }
            newDefinitions.put(definition.id(), new Entry<>(definition, source));
        }
        clashes.addAll(danglingItems(document, source, newDefinitions, newInstruments));
        report.and(ValidationReport.of(clashes)).throwIfInvalid("catalogue " + source);
        List<String> newSources = new ArrayList<>(sources);
        newSources.add(source);
        return new Catalogue(newSources, newDefinitions, newInstruments);
    }

    /**
     * Re-checks the definitions already in force against the instruments the document replaces: a
     * replaced instrument may drop an item an earlier definition reads. Definitions of the document
     * itself were checked by the validator.
     */
    private static List<Problem> danglingItems(CatalogueDocument document, String source,
            Map<String, Entry<IndicatorDefinition>> definitions, Map<String, Entry<SurveyInstrument>> instruments) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < document.instruments().size(); i++) {
            SurveyInstrument instrument = document.instruments().get(i);
            if (instruments.get(instrument.id()).value() != instrument) {
                continue; // defined twice in the document: reported by the validator
            }
            for (Entry<IndicatorDefinition> entry : definitions.values()) {
                IndicatorDefinition definition = entry.value();
                if (entry.source().equals(source)) {
                    continue;
                }
                for (String item : itemsRead(definition, instrument.id())) {
                    if (instrument.item(item).isEmpty()) {
                        problems.add(Problem.error("$.instruments[" + i + "].items", SurveyRuleCodes.SURVEY_UNKNOWN_ITEM,
                                "instrument " + instrument.id() + " " + instrument.version() + " in " + source + " has no item '" + item
                                        + "', which indicator " + definition.id() + " " + definition.version() + " in " + entry.source()
                                        + " reads: replace that indicator too, or keep the item"));
                    }
                }
            }
        }
        return problems;
    }

    /** The items of an instrument a definition reads, through its survey reference or its declared computation. */
    private static Set<String> itemsRead(IndicatorDefinition definition, String instrument) {
        Set<String> items = new TreeSet<>();
        if (definition.survey() != null && definition.survey().instrument().equals(instrument)) {
            items.addAll(definition.survey().items());
        }
        if (definition.computation() != null) {
            definition.computation().answers().stream().filter(a -> a.instrument().equals(instrument)).forEach(a -> items.add(a.item()));
        }
        return items;
    }

    private static boolean isHigher(String candidate, String current) {
        if (!SemanticVersion.isValid(candidate) || !SemanticVersion.isValid(current)) {
            return false;
        }
        return SemanticVersion.parse(candidate).compareTo(SemanticVersion.parse(current)) > 0;
    }

    /**
     * Returns the definition of an indicator.
     *
     * @param id the indicator id
     * @return the definition in force
     * @throws IllegalArgumentException if the catalogue has no such indicator
     */
    public IndicatorDefinition definition(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no indicator '" + id + "' in catalogue " + sources));
    }

    /**
     * Finds the definition of an indicator.
     *
     * @param id the indicator id
     * @return the definition in force, or empty
     */
    public Optional<IndicatorDefinition> find(String id) {
        Objects.requireNonNull(id, "id");
        Entry<IndicatorDefinition> entry = definitions.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /**
     * Returns which loaded file a definition comes from.
     *
     * @param id the indicator id
     * @return the catalogue id and version, e.g. {@code CAE-IMPACT 1.0.0}
     * @throws IllegalArgumentException if the catalogue has no such indicator
     */
    public String sourceOf(String id) {
        definition(id);
        return definitions.get(id).source();
    }

    /**
     * Returns every definition in force, in catalogue order.
     *
     * @return the definitions
     */
    public List<IndicatorDefinition> definitions() {
        return definitions.values().stream().map(Entry::value).toList();
    }

    /**
     * Returns the definitions of one dimension, in catalogue order.
     *
     * @param dimension the dimension
     * @return the definitions, possibly empty
     */
    public List<IndicatorDefinition> byDimension(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        return definitions().stream().filter(definition -> definition.dimension() == dimension).toList();
    }

    /**
     * Returns every survey instrument in force, in catalogue order.
     *
     * @return the instruments
     */
    public List<SurveyInstrument> instruments() {
        return instruments.values().stream().map(Entry::value).toList();
    }

    /**
     * Finds a survey instrument.
     *
     * @param id the instrument id
     * @return the instrument, or empty
     */
    public Optional<SurveyInstrument> instrument(String id) {
        Objects.requireNonNull(id, "id");
        Entry<SurveyInstrument> entry = instruments.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /**
     * Returns the files this catalogue was built from, in loading order.
     *
     * @return catalogue ids and versions, e.g. {@code [CAE-IMPACT 1.0.0, MY-PROGRAMME 0.2.0]}
     */
    public List<String> sources() {
        return sources;
    }
}
