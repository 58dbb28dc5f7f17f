package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.report.ImpactReport;
import io.github.caeimpact.examples.report.ReportLanguage;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorSection;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.uncertainty.BreakEvenAnalysis;
import io.github.caeimpact.sroi.uncertainty.MonteCarlo;
import io.github.caeimpact.sroi.uncertainty.SensitivityAnalysis;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import io.github.caeimpact.sroi.result.SroiResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Measures a dataset, values a map bound to it, and writes report.html, report.md and report.json. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** What one run published and valued, for commands that write more than the report. */
    record Run(Release release, SroiResult sroi, ImpactReport report) {
    }

    /** Monte Carlo iterations of a report: enough for a stable histogram, quick on a laptop. */
    static final int MONTE_CARLO_ITERATIONS = 10_000;

    /** The seed of the report's Monte Carlo unless {@code --seed} is given; the report states it. */
    static final long DEFAULT_SEED = 1;

    static Run measureAndValue(Dataset dataset, ImpactMap map, int k, CellKey cellKey, ReportLanguage language, long seed) {
        Catalogue catalogue = Catalogue.shipped();
        // One release for everything the report shows, so the SROI is valued on published figures only.
        MeasureOptions options = MeasureOptions.defaults().withDisclosureThreshold(k);
        Release release = cellKey == null ? Release.of(IndicatorEngine.of(catalogue), dataset, options)
                : Release.of(IndicatorEngine.of(catalogue), dataset, options, cellKey);
        Published published = Published.of(map, release.indicators(), Set.of());
        map = published.map();
        EvaluationPlan plan = SroiEngine.compile(map, QuantityBindings.fromIndicators(release.indicators()),
                ProxyLibrary.standard(), PriceIndex.standard());
        SroiResult sroi = plan.evaluate(plan.baseline());
        UncertaintyReport valuation = new UncertaintyReport(sroi,
                SensitivityAnalysis.of(plan, map.distributions(), SensitivityAnalysis.DEFAULT_PERCENT),
                BreakEvenAnalysis.of(plan, BreakEvenAnalysis.DEFAULT_TARGET),
                MonteCarlo.run(plan, map.distributions(), MONTE_CARLO_ITERATIONS, seed,
                        Runtime.getRuntime().availableProcessors(), BreakEvenAnalysis.DEFAULT_TARGET));
        ImpactReport report = ImpactReport.of(null, dataset, catalogue, release, map, valuation, language).withOutcomesLeftOut(published.leftOut());
        return new Run(release, sroi, report);
    }

    /**
     * A map valued on published figures only: the outcomes bound to an indicator whose overall figure
     * the release masks are left out, named as "id (indicator)" in map order.
     */
    record Published(ImpactMap map, List<String> leftOut) {

        /** Leaves out the outcomes of masked indicators, except those the user binds a value to. */
        static Published of(ImpactMap map, IndicatorReport published, Set<String> boundByUser) {
            Set<String> masked = new TreeSet<>();
            for (IndicatorSection section : published.indicators()) {
                if (section.overall().isMasked() && !boundByUser.contains(section.indicatorId())) {
                    masked.add(section.indicatorId());
                }
            }
            List<String> leftOut = new ArrayList<>();
            for (Outcome outcome : map.outcomes() == null ? List.<Outcome>of() : map.outcomes()) {
                if (outcome.quantity() instanceof Quantity.Bound bound && masked.contains(bound.indicator())) {
                    leftOut.add(outcome.id() + " (" + bound.indicator() + ")");
                }
            }
            return new Published(map.withoutOutcomesBoundTo(masked), List.copyOf(leftOut));
        }
    }

    static void write(Path directory, ImpactReport report, PrintWriter out) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UnusableInputException("cannot create " + directory + ": " + Inputs.reason(e), e);
        }
        Inputs.write(directory.resolve("report.html"), report.html(), out);
        Inputs.write(directory.resolve("report.md"), report.markdown(), out);
        Inputs.write(directory.resolve("report.json"), report.json(), out);
    }
}
