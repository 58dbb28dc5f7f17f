package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.model.json.ImpactJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact esf DATASET}: the ESF+ common indicators by gender, small cells masked. */
@Command(name = "esf", mixinStandardHelpOptions = true,
        description = "ESF+ common indicators (Regulation (EU) 2021/1057, Annex I) by gender, as JSON; cells under k masked.")
final class EsfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "The dataset (JSON).")
    private Path dataset;

    @Option(names = "-k", paramLabel = "K",
            description = "Disclosure threshold: cells counting fewer people are masked (default: ${DEFAULT-VALUE}).")
    private int k = DisclosureControl.DEFAULT_K;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write there instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        if (k < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-k: at least 1, was " + k);
        }
        EsfReport report = EsfReport.of(Inputs.read(dataset, ImpactJson::read));
        Inputs.write(output, MaskedEsfReport.of(report, DisclosureControl.of(k)).toJson(), spec.commandLine().getOut());
        return 0;
    }
}
