package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Organisation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything published about one measured dataset, masked as one system of linked tables: the
 * indicator report with all its breakdowns and the ESF+ table (and the benchmark, which ranks the
 * report's shown cells). Renderers (JSON, Markdown, HTML) take their figures from here only: a
 * masked cell has no value in these types, so no renderer can show one.
 *
 * <p>Disclosure control of a release (see {@link io.github.caeimpact.indicators.disclosure}): every
 * published count of people, numerators and complements (n - numerator) included, is at least k or
 * masked; sums of money dominated by one or two people are masked (p % rule); complementary cells
 * are chosen across all tables, and a linear-programming audit over every published relation
 * checks that no masked cell can be narrowed beyond its protection interval.
 */
public final class Release {

    private final IndicatorReport indicators;
    private final PublishedEsfReport esf;
    private final DisclosureStatement disclosure;

    Release(IndicatorReport indicators, PublishedEsfReport esf, DisclosureStatement disclosure) {
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.esf = Objects.requireNonNull(esf, "esf");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
    }

    /**
     * Measures a dataset and masks everything it publishes.
     *
     * @param engine the engine
     * @param dataset the dataset
     * @param options the options (threshold k, dominance p, breakdowns)
     * @return the release
     * @throws io.github.caeimpact.indicators.disclosure.ReleaseRefusedException if the release cannot be protected
     */
    public static Release of(IndicatorEngine engine, Dataset dataset, MeasureOptions options) {
        return publish(engine, dataset, options, null);
    }

    /**
     * Measures a dataset, masks everything it publishes and perturbs every shown count and sum by
     * the cell-key method, so that comparing two releases of almost the same people does not give
     * the values of the people who differ ({@link CellKey}; the masks are chosen on the true figures).
     *
     * @param engine the engine
     * @param dataset the dataset
     * @param options the options (threshold k, dominance p, breakdowns)
     * @param cellKey the cell-key method with its secret key
     * @return the release
     * @throws io.github.caeimpact.indicators.disclosure.ReleaseRefusedException if the release cannot be protected
     */
    public static Release of(IndicatorEngine engine, Dataset dataset, MeasureOptions options, CellKey cellKey) {
        return publish(engine, dataset, options, Objects.requireNonNull(cellKey, "cellKey"));
    }

    private static Release publish(IndicatorEngine engine, Dataset dataset, MeasureOptions options, CellKey cellKey) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        Measurement measurement = engine.start(dataset.period(), dataset.referenceDate(), dataset.organisations(), options);
        ReleaseLedger ledger = new ReleaseLedger(engine, dataset.period(), dataset.referenceDate(), dataset.organisations(), options);
        for (var participant : dataset.participants()) {
            measurement.add(participant);
            ledger.add(participant);
        }
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        dataset.organisations().forEach(o -> organisations.put(o.id(), o));
        return ReleaseAssembly.publish(ledger, measurement.unmaskedReport(), engine.catalogue(), options, organisations, cellKey);
    }

    /**
     * Returns the indicator report as published.
     *
     * @return the masked report
     */
    public IndicatorReport indicators() {
        return indicators;
    }

    /**
     * Returns the ESF+ table as published.
     *
     * @return the masked ESF+ report
     */
    public PublishedEsfReport esf() {
        return esf;
    }

    /**
     * Returns the benchmark of the organisations, ranked on the report's shown cells.
     *
     * @param catalogue the catalogue giving each indicator's polarity
     * @return the benchmark
     * @throws IllegalArgumentException if the report has no breakdown by organisation
     */
    public Benchmark benchmark(Catalogue catalogue) {
        return Benchmark.of(indicators, catalogue);
    }

    /**
     * Returns what the disclosure control did, for every report to state.
     *
     * @return the statement
     */
    public DisclosureStatement disclosure() {
        return disclosure;
    }
}
