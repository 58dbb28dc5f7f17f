package io.github.caeimpact.examples.cli;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.csv.CsvDataset;
import io.github.caeimpact.model.csv.CsvStyle;
import io.github.caeimpact.model.json.ImpactJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact export DATASET --format csv -o DIR}: writes a JSON dataset as a folder of CSV files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a dataset (JSON) as a folder of CSV files, one per table.")
final class ExportCommand implements Callable<Integer> {

    /** The formats a dataset can be exported to. */
    enum Format {
        /** A folder of CSV files. */
        csv
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "The dataset (JSON).")
    private Path dataset;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "ENGLISH",
            description = "ENGLISH (',' and ISO dates, canonical) or FRENCH (';', decimal commas, dd/mm/yyyy, "
                    + "French headers and labels, UTF-8 with BOM, CRLF); default ${DEFAULT-VALUE}.")
    private CsvStyle style;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write the files in.")
    private Path directory;

    @Override
    public Integer call() {
        Dataset data = Inputs.read(dataset, ImpactJson::read);
        CsvDataset.write(data, directory, style);
        spec.commandLine().getOut().printf("%s: %d organisation(s), %d participant(s) written to %s (%s)%n", dataset,
                data.organisations().size(), data.participants().size(), directory, style);
        return 0;
    }
}
