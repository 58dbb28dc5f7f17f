package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.report.ImpactReport;
import io.github.caeimpact.examples.report.ReportLanguage;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.sroi.map.ImpactMap;
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

/** Measures a dataset, values a map bound to it, and writes report.html, report.md and report.json. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** What one run measured and valued, for commands that write more than the report. */
    record Run(IndicatorReport indicators, SroiResult sroi, ImpactReport report) {
    }

    /** Monte Carlo iterations of a report: enough for a stable histogram, quick on a laptop. */
    static final int MONTE_CARLO_ITERATIONS = 10_000;

    /** The seed of the report's Monte Carlo unless {@code --seed} is given; the report states it. */
    static final long DEFAULT_SEED = 1;

    static Run measureAndValue(Dataset dataset, ImpactMap map, int k, ReportLanguage language, long seed) {
        Catalogue catalogue = Catalogue.shipped();
        IndicatorReport indicators = IndicatorEngine.of(catalogue)
                .measure(dataset, MeasureOptions.defaults().withDisclosureThreshold(k));
        EvaluationPlan plan = SroiEngine.compile(map, QuantityBindings.fromIndicators(indicators),
                ProxyLibrary.standard(), PriceIndex.standard());
        SroiResult sroi = plan.evaluate(plan.baseline());
        UncertaintyReport valuation = new UncertaintyReport(sroi,
                SensitivityAnalysis.of(plan, map.distributions(), SensitivityAnalysis.DEFAULT_PERCENT),
                BreakEvenAnalysis.of(plan, BreakEvenAnalysis.DEFAULT_TARGET),
                MonteCarlo.run(plan, map.distributions(), MONTE_CARLO_ITERATIONS, seed,
                        Runtime.getRuntime().availableProcessors(), BreakEvenAnalysis.DEFAULT_TARGET));
        ImpactReport report = ImpactReport.of(null, dataset, catalogue, indicators, map, valuation, language);
        return new Run(indicators, sroi, report);
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
