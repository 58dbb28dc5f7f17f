package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact sample}: writes a synthetic cooperative's dataset, for trying the other commands. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a synthetic cooperative's dataset (seeded; nobody in it exists).")
final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", description = "Seed of the random draws (default: ${DEFAULT-VALUE}).")
    private long seed = SampleCae.SHIPPED_SEED;

    @Option(names = "--participants", description = "Number of participants (default: ${DEFAULT-VALUE}).")
    private int participants = SampleCae.SHIPPED_PARTICIPANTS;

    @Option(names = "--organisations", description = "Number of cooperatives, 1 to 7: more than 1 makes a consortium "
            + "with --participants people each (default: ${DEFAULT-VALUE}).")
    private int organisations = 1;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write there instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        if (participants < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--participants: at least 1, was " + participants);
        }
        if (organisations < 1 || organisations > 7) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--organisations: 1 to 7, was " + organisations);
        }
        Dataset dataset = organisations == 1 ? SampleCae.generate(seed, participants)
                : SampleCae.consortium(seed, organisations, participants);
        // Written as a stream: a million participants make a document longer than any String.
        if (output == null) {
            ImpactJson.write(dataset, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            ImpactJson.write(dataset, writer);
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + output + ": " + Inputs.reason(e), e);
        }
        return 0;
    }
}
