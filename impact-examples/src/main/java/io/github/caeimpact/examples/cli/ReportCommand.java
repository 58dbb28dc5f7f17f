package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.report.ReportLanguage;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.ImpactMaps;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact report DATASET --map MAP [--lang fr|en] [-k 5] -o DIR}: measures the dataset,
 * values the map bound to it, and writes a report people read as {@code report.html}
 * (self-contained), {@code report.md} and {@code report.json}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Measure a dataset, value an impact map bound to it, and write report.html, report.md and report.json.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "The dataset (JSON).")
    private Path datasetFile;

    @Option(names = "--map", paramLabel = "MAP", required = true, description = "The impact map (JSON) to value.")
    private Path mapFile;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the report (default: ${DEFAULT-VALUE}).")
    private String lang = "fr";

    @Mixin
    private DisclosureOption disclosure;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the Monte Carlo (default: ${DEFAULT-VALUE}); the report states it.")
    private long seed = ReportFiles.DEFAULT_SEED;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Directory to write the three files into.")
    private Path output;

    @Override
    public Integer call() {
        ReportLanguage language = language(spec, lang);
        int k = disclosure.k();
        Dataset dataset = Inputs.read(datasetFile, ImpactJson::read);
        ImpactMap map = Inputs.read(mapFile, ImpactMaps::read);
        ReportFiles.Run run = ReportFiles.measureAndValue(dataset, map, k, disclosure.cellKey(), language, seed);
        ReportFiles.write(output, run.report(), spec.commandLine().getOut());
        return 0;
    }

    /** Parses --lang, an unusable argument (status 2) when it is neither fr nor en. */
    static ReportLanguage language(CommandSpec spec, String lang) {
        try {
            return ReportLanguage.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: fr or en, was '" + lang + "'");
        }
    }
}
