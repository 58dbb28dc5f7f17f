package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.report.ReportLanguage;
import io.github.caeimpact.examples.sample.SampleConsortium;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.internal.ShippedResources;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.ImpactMaps;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact demo}: the whole method on the synthetic CAE-IMPACT consortium (seven
 * cooperatives, 569 entrepreneurs, drawn from the seeded generator): validate, measure every
 * indicator, count the ESF+ indicators, rank each cooperative among its peers, value the
 * Artenréel-style impact map, and report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole method on the synthetic CAE-IMPACT consortium and print a Markdown report.")
final class DemoCommand implements Callable<Integer> {

    /** Where the sample files live inside the jar (copied from impact-examples/data). */
    static final String DATA = "/io/github/caeimpact/examples/data/";

    /** The map the demo values. */
    static final String MAP = "cae-impact-map-artenreel-style.json";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Also write report.html, report.md, report.json, indicators.json, esf.json and sroi.json into this directory.")
    private Path output;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the Monte Carlo (default: ${DEFAULT-VALUE}); the report states it.")
    private long seed = ReportFiles.DEFAULT_SEED;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the report (default: ${DEFAULT-VALUE}).")
    private String lang = "en";

    @Override
    public Integer call() {
        ReportLanguage language = ReportCommand.language(spec, lang);
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = SampleConsortium.shipped();
        ValidationReport checks = DatasetValidator.create().validate(dataset);
        if (!checks.errors().isEmpty()) {
            throw new IllegalStateException("the shipped consortium is invalid: " + checks.errors());
        }
        ImpactMap map = ShippedResources.load(DemoCommand.class, DATA + MAP, ImpactMaps::read, "sample " + MAP);
        ReportFiles.Run run = ReportFiles.measureAndValue(dataset, map, DisclosureControl.DEFAULT_K, null, language, seed);
        String markdown = run.report().markdown();
        out.print(markdown);
        out.flush();
        if (output != null) {
            ReportFiles.write(output, run.report(), out);
            Inputs.write(output.resolve("indicators.json"), DisclosureOption.stated(run.release().indicators().toJson(),
                    run.release().disclosure()), out);
            Inputs.write(output.resolve("esf.json"), DisclosureOption.stated(run.release().esf().toJson(), run.release().disclosure()), out);
            Inputs.write(output.resolve("sroi.json"), run.sroi().toJson(), out);
        }
        return 0;
    }
}
