package io.github.caeimpact.examples.cli;

import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.examples.sample.SampleConsortium;
import io.github.caeimpact.examples.sample.SampleTiersLieu;
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

    @Option(names = "--consortium", description = "The CAE-IMPACT-shaped consortium of impact demo instead: 7 CAE, "
            + "569 entrepreneurs, 04/2019-12/2020 (seed " + SampleConsortium.SHIPPED_SEED + " unless --seed is given).")
    private boolean consortium;

    @Option(names = "--tiers-lieu", description = "A tiers-lieu instead (members, events, shared services), with "
            + "--participants people (default " + SampleTiersLieu.SHIPPED_PEOPLE + ").")
    private boolean tiersLieu;

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
        boolean seedGiven = spec.commandLine().getParseResult().hasMatchedOption("--seed");
        boolean peopleGiven = spec.commandLine().getParseResult().hasMatchedOption("--participants");
        if (consortium && tiersLieu) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--consortium and --tiers-lieu: choose one");
        }
        Dataset dataset;
        if (consortium) {
            dataset = SampleConsortium.generate(seedGiven ? seed : SampleConsortium.SHIPPED_SEED);
        } else if (tiersLieu) {
            dataset = SampleTiersLieu.generate(seedGiven ? seed : SampleTiersLieu.SHIPPED_SEED,
                    peopleGiven ? participants : SampleTiersLieu.SHIPPED_PEOPLE);
        } else {
            dataset = organisations == 1 ? SampleCae.generate(seed, participants)
                    : SampleCae.consortium(seed, organisations, participants);
        }
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
