package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.StreamedReport;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact measure DATASET}: measures every indicator of the catalogue and prints the report as JSON. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measure every indicator of the catalogue on a dataset; print the report as JSON.")
final class MeasureCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "The dataset (JSON).")
    private Path dataset;

    @Mixin
    private DisclosureOption disclosure;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "An extra catalogue file (new or replacing indicators), applied over the shipped one; repeatable.")
    private List<Path> extraCatalogues = new ArrayList<>();

    @Option(names = "--stream", description = "Read participants one by one (large files); invalid participants are "
            + "reported and left out, and the exit status is 1 if there were any.")
    private boolean stream;

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue(extraCatalogues);
        IndicatorEngine engine = IndicatorEngine.of(catalogue);
        MeasureOptions options = MeasureOptions.defaults().withDisclosureThreshold(disclosure.k());
        if (!stream) {
            Dataset data = Inputs.read(dataset, ImpactJson::read);
            SurveyAnswers.requireFitting(data, catalogue, dataset);
            IndicatorReport report = engine.measure(data, options);
            output.write(report.toJson());
            return 0;
        }
        StreamedReport streamed = engine.measure(dataset, options);
        ReadResult read = streamed.read();
        spec.commandLine().getErr().printf("%s: %d participant(s) read, %d accepted, %d rejected%n", dataset, read.read(),
                read.accepted(), read.rejected());
        if (!read.complete()) {
            // The file broke off: a report of its first part would look like a report of the whole.
            throw new InvalidInputException(dataset.toString(), read.report());
        }
        output.write(streamed.report().toJson());
        if (read.rejected() > 0) {
            throw new InvalidInputException(dataset.toString(), read.report());
        }
        return 0;
    }

    /** Returns the shipped catalogue with the given extension files applied in order. */
    static Catalogue catalogue(List<Path> extensions) {
        Catalogue catalogue = Catalogue.shipped();
        for (Path extension : extensions) {
            Catalogue base = catalogue;
            catalogue = Inputs.read(extension, base::withExtension);
        }
        return catalogue;
    }
}
