package io.github.caeimpact.examples.cli;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.ImpactMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code impact validate FILE}: checks a dataset or an impact map and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset or an impact map; print every problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A dataset (JSON with participants) or an impact map (JSON with outcomes).")
    private Path file;

    @Option(names = "--lenient", description = "For a dataset: keep the valid participants and count the rejected ones.")
    private boolean lenient;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return switch (Inputs.kindOf(file)) {
            case DATASET -> lenient ? lenientDataset(out) : dataset(out);
            case IMPACT_MAP -> map(out);
        };
    }

    private int dataset(PrintWriter out) {
        Dataset dataset = Inputs.read(file, ImpactJson::read);
        ValidationReport report = DatasetValidator.create().validate(dataset);
        out.printf("%s: valid dataset, %d organisation(s), %d participant(s), %d warning(s)%n", file,
                dataset.organisations().size(), dataset.participants().size(), report.warnings().size());
        report.warnings().forEach(out::println);
        return 0;
    }

    private int lenientDataset(PrintWriter out) {
        ReadResult result = Inputs.read(file, ImpactJson::readLenient);
        out.printf("%s: %d participant(s) read, %d accepted, %d rejected%n", file, result.read(), result.accepted(),
                result.rejected());
        // Errors go to standard error with the exit status; warnings of accepted participants stay here.
        result.report().warnings().forEach(out::println);
        if (result.rejected() > 0) {
            throw new InvalidInputException(file.toString(), result.report());
        }
        return 0;
    }

    private int map(PrintWriter out) {
        // Reading a map validates it: an invalid map has already been rejected with its problems.
        ImpactMap map = Inputs.read(file, ImpactMaps::read);
        out.printf("%s: valid impact map '%s', %d outcome(s)%n", file, map.name(), map.outcomes().size());
        return 0;
    }
}
