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
import io.github.caeimpact.sroi.engine.SroiEngine;
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

    static Run measureAndValue(Dataset dataset, ImpactMap map, int k, ReportLanguage language) {
        Catalogue catalogue = Catalogue.shipped();
        IndicatorReport indicators = IndicatorEngine.of(catalogue)
                .measure(dataset, MeasureOptions.defaults().withDisclosureThreshold(k));
        SroiResult sroi = SroiEngine.evaluate(map, QuantityBindings.fromIndicators(indicators));
        ImpactReport report = ImpactReport.of(null, dataset, catalogue, indicators, map, sroi, language);
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
