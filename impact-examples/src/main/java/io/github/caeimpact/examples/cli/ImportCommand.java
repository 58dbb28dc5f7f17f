package io.github.caeimpact.examples.cli;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Pseudonymizer;
import io.github.caeimpact.model.csv.CsvDataset;
import io.github.caeimpact.model.csv.CsvFileCount;
import io.github.caeimpact.model.csv.CsvReadResult;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact import DIR}: reads a folder of CSV files into a JSON dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a folder of CSV files (dataset.csv, organisations.csv, participants.csv, events.csv, "
                + "activity.csv, fundings.csv, support.csv, answers.csv; English or French) and write the dataset as JSON.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of CSV files.")
    private Path directory;

    @Option(names = "--pseudonymise-key", paramLabel = "FILE",
            description = "Replace each participant id by its HMAC-SHA256 pseudonym under the key held in FILE "
                    + "(its bytes as they are, at least 32), so that local ids never leave the cooperative.")
    private Path keyFile;

    @Option(names = "--lenient", description = "Keep the valid participants; count the rows of each file read, "
            + "accepted and rejected (exit status 1 if any was rejected).")
    private boolean lenient;

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() {
        Pseudonymizer pseudonymizer = keyFile == null ? null : pseudonymizer(keyFile);
        if (!lenient) {
            Dataset dataset = pseudonymizer == null ? CsvDataset.read(directory) : CsvDataset.read(directory, pseudonymizer);
            output.write(ImpactJson.writeString(dataset));
            return 0;
        }
        CsvReadResult result = pseudonymizer == null ? CsvDataset.readLenient(directory)
                : CsvDataset.readLenient(directory, pseudonymizer);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s: %d participant(s) read, %d accepted, %d rejected%n", directory, result.participantsRead(),
                result.participantsAccepted(), result.participantsRejected());
        for (CsvFileCount file : result.files()) {
            err.printf("  %s: %d row(s) read, %d accepted, %d rejected%n", file.file(), file.read(), file.accepted(),
                    file.rejected());
        }
        result.report().warnings().forEach(err::println);
        output.write(ImpactJson.writeString(result.dataset()));
        if (!result.report().isValid()) {
            throw new InvalidInputException(directory.toString(), result.report());
        }
        return 0;
    }

    /** Reads the key file; a missing or short key makes the arguments unusable (status 2). */
    static Pseudonymizer pseudonymizer(Path keyFile) {
        return Pseudonymizer.of(secretKey(keyFile));
    }

    /**
     * Reads a secret key file (for pseudonymisation or the cell-key method); a missing key, or one
     * shorter than {@value Pseudonymizer#MIN_KEY_BYTES} bytes, makes the arguments unusable (status 2).
     */
    static byte[] secretKey(Path keyFile) {
        byte[] key;
        try {
            key = Files.readAllBytes(keyFile);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read the key " + keyFile + ": " + Inputs.reason(e), e);
        }
        if (key.length < Pseudonymizer.MIN_KEY_BYTES) {
            throw new UnusableInputException("the key " + keyFile + " has " + key.length + " byte(s), fewer than "
                    + Pseudonymizer.MIN_KEY_BYTES + " (make one with: head -c 32 /dev/urandom > " + keyFile + ")");
        }
        return key;
    }
}
