package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code -k} option of every command that publishes aggregates about people. */
final class DisclosureOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "-k", paramLabel = "K",
            description = "Disclosure threshold: cells counting fewer people are masked (default: ${DEFAULT-VALUE}).")
    private int k = DisclosureControl.DEFAULT_K;

    /** Returns k, refusing a threshold below 1 as an unusable argument (exit status 2). */
    int k() {
        if (k < 1) {
            throw new ParameterException(command.commandLine(), "-k: at least 1, was " + k);
        }
        return k;
    }
}
