package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.internal.DatasetHeader;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.JsonLimits;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Measures datasets with a catalogue and the calculators found through {@link ServiceLoader}.
 *
 * <p>Each definition of the catalogue must have exactly one calculator: the one declaring the
 * definition's version if any, else the one declaring no version. Calculators of indicators the
 * catalogue does not hold are ignored (they belong to catalogues not loaded) and listed by
 * {@link #unusedCalculators()}. Immutable and thread-safe.
 */
public final class IndicatorEngine {

    /** The limits of a streamed read: the defaults, without a limit on the document's length. */
    public static final JsonLimits STREAMING_LIMITS = JsonLimits.DEFAULT.withMaxDocumentLength(Long.MAX_VALUE);

    private final Catalogue catalogue;
    private final Map<String, IndicatorCalculator> calculators;
    private final List<String> unused;

    private IndicatorEngine(Catalogue catalogue, Map<String, IndicatorCalculator> calculators, List<String> unused) {
        this.catalogue = catalogue;
        this.calculators = calculators;
        this.unused = List.copyOf(unused);
    }

    /**
     * Returns an engine for a catalogue, with the calculators visible to this library's class loader.
     *
     * @param catalogue the catalogue
     * @return the engine
     * @throws IllegalStateException if a definition has no calculator or more than one candidate
     * @throws IllegalArgumentException if a chosen calculator computes another statistic or unit than its definition
     */
    public static IndicatorEngine of(Catalogue catalogue) {
        return of(catalogue, IndicatorEngine.class.getClassLoader());
    }

    /**
     * Returns an engine for a catalogue, with the calculators visible to a class loader.
     *
     * @param catalogue the catalogue
     * @param loader the class loader to search for {@code META-INF/services} entries
     * @return the engine
     * @throws IllegalStateException if a definition has no calculator or more than one candidate
     * @throws IllegalArgumentException if a chosen calculator computes another statistic or unit than its definition
     */
    public static IndicatorEngine of(Catalogue catalogue, ClassLoader loader) {
        Objects.requireNonNull(catalogue, "catalogue");
        List<IndicatorCalculator> found = new ArrayList<>();
        ServiceLoader.load(IndicatorCalculator.class, loader).forEach(found::add);
        return of(catalogue, found);
    }

    /**
     * Returns an engine for a catalogue with explicit calculators.
     *
     * @param catalogue the catalogue
     * @param available the calculators to choose from
     * @return the engine
     * @throws IllegalArgumentException if a chosen calculator computes another statistic or unit than its definition (every mismatch listed)
     * @throws IllegalStateException if a definition has no calculator or more than one candidate (every problem listed)
     */
    public static IndicatorEngine of(Catalogue catalogue, Collection<IndicatorCalculator> available) {
        Objects.requireNonNull(catalogue, "catalogue");
        Map<String, List<IndicatorCalculator>> byId = new TreeMap<>();
        for (IndicatorCalculator calculator : available) {
            byId.computeIfAbsent(calculator.indicatorId(), id -> new ArrayList<>()).add(calculator);
        }
        Map<String, IndicatorCalculator> chosen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (IndicatorDefinition definition : catalogue.definitions()) {
            List<IndicatorCalculator> candidates = byId.getOrDefault(definition.id(), List.of());
            List<IndicatorCalculator> exact = candidates.stream()
                    .filter(c -> c.definitionVersion().map(definition.version()::equals).orElse(false)).toList();
            List<IndicatorCalculator> any = candidates.stream().filter(c -> c.definitionVersion().isEmpty()).toList();
            List<IndicatorCalculator> pick = exact.isEmpty() ? any : exact;
            if (pick.size() == 1 && (pick.get(0).statistic() != definition.statistic() || pick.get(0).unit() != definition.unit())) {
                IndicatorCalculator calculator = pick.get(0);
                mismatches.add(definition.id() + " " + definition.version() + " is a " + definition.statistic() + " in " + definition.unit()
                        + " but its calculator " + calculator.getClass().getName() + " computes a " + calculator.statistic() + " in " + calculator.unit());
            } else if (pick.size() == 1) {
                chosen.put(definition.id(), pick.get(0));
            } else if (pick.isEmpty()) {
                problems.add(definition.id() + " " + definition.version() + " has no calculator (candidates: "
                        + candidates.stream().map(c -> c.getClass().getName() + c.definitionVersion().map(v -> " for " + v).orElse("")).toList() + ")");
            } else {
                problems.add(definition.id() + " " + definition.version() + " has several calculators: "
                        + pick.stream().map(c -> c.getClass().getName()).toList());
            }
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalArgumentException("calculators compute something else than the catalogue " + catalogue.sources() + " defines: "
                    + String.join("; ", mismatches));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("calculators do not match the catalogue " + catalogue.sources() + ": " + String.join("; ", problems));
        }
        List<String> unused = byId.keySet().stream().filter(id -> catalogue.find(id).isEmpty()).toList();
        return new IndicatorEngine(catalogue, chosen, unused);
    }

    /**
     * Returns the catalogue.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the calculator chosen for each indicator, in catalogue order.
     *
     * @return calculators by indicator id
     */
    public Map<String, IndicatorCalculator> calculators() {
        return java.util.Collections.unmodifiableMap(calculators);
    }

    /**
     * Returns the ids of calculators found for indicators the catalogue does not hold.
     *
     * @return the ids, sorted
     */
    public List<String> unusedCalculators() {
        return unused;
    }

    /**
     * Starts a measurement to which participants are added one by one (streaming).
     *
     * @param period the period measured
     * @param referenceDate the date the data describe
     * @param organisations the organisations of the participants
     * @param options the options
     * @return an empty measurement
     */
    public Measurement start(Period period, LocalDate referenceDate, Collection<Organisation> organisations, MeasureOptions options) {
        return new Measurement(this, period, referenceDate, organisations, options);
    }

    /**
     * Measures a whole dataset.
     *
     * @param dataset the dataset
     * @param options the options
     * @return the report
     */
    public IndicatorReport measure(Dataset dataset, MeasureOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Measurement measurement = start(dataset.period(), dataset.referenceDate(), dataset.organisations(), options);
        dataset.participants().forEach(measurement::add);
        return measurement.report();
    }

    /**
     * Measures a dataset once per calendar year of its period: each year is measured with that
     * year as the period, clipped to the dataset's period (a dataset from 2024-07-01 to 2025-12-31
     * gives 2024-07-01..2024-12-31 and 2025-01-01..2025-12-31), with the dataset's reference date.
     * This is "by year" in the calendar sense; {@link BreakdownKind#ENTRY_YEAR} breaks one period
     * down by the year people entered.
     *
     * @param dataset the dataset
     * @param options the options
     * @return one report per calendar year, in year order
     */
    public List<IndicatorReport> measureByYear(Dataset dataset, MeasureOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        Period whole = dataset.period();
        List<IndicatorReport> reports = new ArrayList<>();
        for (int year = whole.start().getYear(); year <= whole.end().getYear(); year++) {
            Period calendar = Period.ofYear(year);
            Period clipped = Period.of(whole.start().isAfter(calendar.start()) ? whole.start() : calendar.start(),
                    whole.end().isBefore(calendar.end()) ? whole.end() : calendar.end());
            Measurement measurement = start(clipped, dataset.referenceDate(), dataset.organisations(), options);
            dataset.participants().forEach(measurement::add);
            reports.add(measurement.report());
        }
        return List.copyOf(reports);
    }

    /**
     * Measures a dataset file as a stream, without holding its document tree or its participants:
     * the file is opened twice, once for its own fields (read up to the participants) and once to
     * stream the participants through {@link ImpactJson#streamParticipants}. Invalid participants
     * are left out of the report and listed in the read account.
     *
     * <p>Since nothing holds the document, its length is not limited ({@link #STREAMING_LIMITS}):
     * a million participants make a file of about 4.4 GB as {@link ImpactJson} writes it. Nesting,
     * string and number lengths keep their default limits.
     *
     * @param file a dataset JSON file whose own fields come before its participants
     * @param options the options
     * @return the report and the read account
     * @throws InvalidInputException if the dataset's own fields are malformed or invalid
     * @throws UncheckedIOException if the file cannot be read
     */
    public StreamedReport measure(Path file, MeasureOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        DatasetHeader header;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            header = DatasetHeader.read(in);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + file, failure);
        }
        Measurement measurement = start(header.period(), header.referenceDate(), header.organisations(), options);
        ReadResult read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read = ImpactJson.streamParticipants(in, STREAMING_LIMITS, measurement::add);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + file, failure);
        }
        return new StreamedReport(measurement.report(), read);
    }

    /**
     * Measures a whole dataset with the default options.
     *
     * @param dataset the dataset
     * @return the report
     */
    public IndicatorReport measure(Dataset dataset) {
        return measure(dataset, MeasureOptions.defaults());
    }
}
