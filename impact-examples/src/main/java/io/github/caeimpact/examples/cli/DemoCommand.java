package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.report.MarkdownReport;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.ShippedResources;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.result.SroiResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impact demo}: the whole method on the sample cooperative shipped with the examples:
 * validate, measure every indicator, count the ESF+ indicators, value with SROI, report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole method on the shipped sample cooperative and print a Markdown report.")
final class DemoCommand implements Callable<Integer> {

    /** Where the sample files live inside the jar (copied from impact-examples/data). */
    static final String DATA = "/io/github/caeimpact/examples/data/";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Also write report.md, indicators.json, esf.json and sroi.json into this directory.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = resource("sample-cae.json", ImpactJson::read);
        ValidationReport checks = DatasetValidator.create().validate(dataset);
        Catalogue catalogue = Catalogue.shipped();
        IndicatorReport indicators = IndicatorEngine.of(catalogue).measure(dataset, MeasureOptions.defaults());
        ImpactMap map = resource("sample-sroi-map.json", ImpactMaps::read);
        SroiResult sroi = SroiEngine.evaluate(map, QuantityBindings.fromIndicators(indicators));
        String report = "<!-- impact demo: data/sample-cae.json (" + checks.errors().size() + " errors, "
                + checks.warnings().size() + " warnings) valued with data/sample-sroi-map.json -->\n"
                + MarkdownReport.render(dataset.organisations().get(0).name(), catalogue, indicators, sroi);
        out.print(report);
        out.flush();
        if (output != null) {
            writeAll(report, indicators, EsfReport.of(dataset), sroi);
        }
        return 0;
    }

    private void writeAll(String report, IndicatorReport indicators, EsfReport esf, SroiResult sroi) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UnusableInputException("cannot create " + output + ": " + Inputs.reason(e), e);
        }
        PrintWriter none = spec.commandLine().getOut();
        Inputs.write(output.resolve("report.md"), report, none);
        Inputs.write(output.resolve("indicators.json"), indicators.toJson(), none);
        Inputs.write(output.resolve("esf.json"), esf.masked(DisclosureControl.of(indicators.disclosureThreshold())).toJson(), none);
        Inputs.write(output.resolve("sroi.json"), sroi.toJson(), none);
    }

    private static <T> T resource(String name, Function<InputStream, T> reader) {
        return ShippedResources.load(DemoCommand.class, DATA + name, reader, "sample " + name);
    }
}
