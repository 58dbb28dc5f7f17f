package io.github.caeimpact.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code -o} option: where a command writes its result, standard output by default. */
final class OutputOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write there instead of standard output.")
    private Path file;

    /** Writes the result to the file, or to the command's standard output. */
    void write(String text) {
        Inputs.write(file, text, command.commandLine().getOut());
    }
}
