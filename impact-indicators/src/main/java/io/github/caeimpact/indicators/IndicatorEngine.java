package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.internal.DeclaredCalculators;
import io.github.caeimpact.indicators.survey.SurveyCheck;
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
import java.util.function.LongConsumer;

/**
 * Measures datasets with a catalogue and the calculators found through {@link ServiceLoader}.
 *
 * <p>A definition that declares its {@link IndicatorDefinition#computation() computation} is
 * computed from it. Every other definition of the catalogue must have exactly one calculator: the
 * one declaring the definition's version if any, else the one declaring no version. Calculators
 * of indicators the catalogue does not hold, or declares as data, are ignored (they belong to
 * catalogues not loaded) and listed by {@link #unusedCalculators()}. Immutable and thread-safe.
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
     * @throws MissingCalculatorException if a definition has no calculator (every problem listed)
     * @throws IllegalStateException if a definition has more than one candidate (every problem listed)
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
        List<String> missing = new ArrayList<>();
        for (IndicatorDefinition definition : catalogue.definitions()) {
            if (definition.computation() != null) {
                chosen.put(definition.id(), DeclaredCalculators.of(definition, catalogue));
                continue;
            }
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
                missing.add(definition.id() + " " + definition.version());
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
            String message = "calculators do not match the catalogue " + catalogue.sources() + ": " + String.join("; ", problems);
            if (!missing.isEmpty()) {
                throw new MissingCalculatorException(missing, message + "; for each indicator without one, " + MissingCalculatorException.WHAT_TO_ADD);
            }
            throw new IllegalStateException(message);
        }
        List<String> unused = byId.keySet().stream()
                .filter(id -> catalogue.find(id).map(definition -> definition.computation() != null).orElse(true)).toList();
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
     * Measures a whole dataset, on as many threads as there are available processors.
     *
     * @param dataset the dataset
     * @param options the options
     * @return the report
     */
    public IndicatorReport measure(Dataset dataset, MeasureOptions options) {
        return measure(dataset, options, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Measures a whole dataset on some threads: the participants are split across them, each
     * thread keeps its own accumulators, and they are merged at the end. Every accumulator is
     * order-insensitive, so the report is the same, byte for byte, whatever the number of threads.
     *
     * @param dataset the dataset
     * @param options the options
     * @param threads the number of threads, at least 1
     * @return the report
     * @throws IllegalArgumentException if threads is below 1
     */
    public IndicatorReport measure(Dataset dataset, MeasureOptions options, int threads) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        try (ParallelMeasurement parallel = new ParallelMeasurement(this, dataset.period(), dataset.referenceDate(),
                dataset.organisations(), options, threads)) {
            dataset.participants().forEach(parallel);
            return parallel.finish().report();
        }
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
     * Measures a dataset file as a stream, on as many threads as there are available processors;
     * see {@link #measure(InputStream, MeasureOptions, int, LongConsumer)}.
     *
     * @param file a dataset JSON file whose own fields come before its participants
     * @param options the options
     * @return the report and the read account
     * @throws InvalidInputException if the dataset's own fields are malformed or invalid
     * @throws UncheckedIOException if the file cannot be read
     */
    public StreamedReport measure(Path file, MeasureOptions options) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return measure(in, options, Runtime.getRuntime().availableProcessors(), read -> { });
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + file, failure);
        }
    }

    /**
     * Measures a dataset document as a stream, in one read, without holding its document tree or
     * its participants: the dataset's own fields come first ({@link ImpactJson#streamParticipants(
     * InputStream, JsonLimits, java.util.function.Consumer, java.util.function.Consumer)} hands them
     * over before the first participant), then each accepted participant goes to one of the threads'
     * measurements, which are merged at the end. Invalid participants are left out of the report and
     * listed in the read account.
     *
     * <p>Since nothing holds the document, its length is not limited ({@link #STREAMING_LIMITS}):
     * a million participants make a file of about 4.4 GB as {@link ImpactJson} writes it. Nesting,
     * string and number lengths keep their limits, which guard against hostile input. Memory: the
     * accumulators (see {@link Accumulator#retainedValues()}) and a few batches of participants in
     * flight per thread.
     *
     * @param json a dataset document whose own fields come before its participants; not closed
     * @param options the options
     * @param threads the number of threads measuring, at least 1 (the caller's thread reads)
     * @param progress told the number of participants accepted so far, after each one, on the
     *     reading thread; must be cheap
     * @return the report and the read account
     * @throws InvalidInputException if the dataset's own fields are malformed or invalid
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalArgumentException if threads is below 1
     */
    public StreamedReport measure(InputStream json, MeasureOptions options, int threads, LongConsumer progress) {
        return measure(json, options, threads, progress, null);
    }

    /**
     * Measures a dataset document as a stream, as {@link #measure(InputStream, MeasureOptions, int,
     * LongConsumer)} does, with each participant's survey answers checked against the instruments:
     * a participant whose answers do not fit is left out of the report and listed in the read
     * account with the problems, as the in-memory reading of a file checks them with
     * {@link SurveyCheck#check(Dataset)} (a file too large to hold gets the same check).
     *
     * @param json a dataset document whose own fields come before its participants; not closed
     * @param options the options
     * @param threads the number of threads measuring, at least 1 (the caller's thread reads)
     * @param progress told the number of participants accepted so far, after each one
     * @param answers the check of survey answers, or null for none
     * @return the report and the read account
     * @throws InvalidInputException if the dataset's own fields are malformed or invalid
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalArgumentException if threads is below 1
     */
    public StreamedReport measure(InputStream json, MeasureOptions options, int threads, LongConsumer progress, SurveyCheck answers) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ParallelMeasurement[] parallel = new ParallelMeasurement[1];
        long[] accepted = new long[1];
        try {
            ReadResult read = ImpactJson.streamParticipants(json, STREAMING_LIMITS,
                    header -> parallel[0] = new ParallelMeasurement(this, header.period(), header.referenceDate(),
                            header.organisations(), options, threads),
                    answers == null ? (participant, path) -> List.of() : answers::check,
                    participant -> {
                        parallel[0].accept(participant);
                        progress.accept(++accepted[0]);
                    });
            if (parallel[0] == null) {
                // The dataset's own fields were read without error but the file ended before them being usable.
                throw new InvalidInputException(ImpactJson.class.getSimpleName(), read.report());
            }
            return new StreamedReport(parallel[0].finish().report(), read);
        } finally {
            if (parallel[0] != null) {
                parallel[0].close();
            }
        }
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
