package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.model.Dataset;
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

    /**
     * Measures a dataset held in memory as one release (indicators, breakdowns and ESF+ table masked
     * together and audited) and states on standard error what the disclosure control did, unless quiet.
     */
    Release release(IndicatorEngine engine, Dataset dataset, MeasureOptions options, boolean quiet) {
        Release release = Release.of(engine, dataset, options);
        if (!quiet) {
            release.disclosure().sentences().forEach(command.commandLine().getErr()::println);
        }
        return release;
    }

    /**
     * States on standard error, unless quiet, that a streamed run masks each table on its own: the
     * audit across tables needs every participant in memory.
     */
    void streamed(boolean quiet) {
        if (!quiet) {
            command.commandLine().getErr().println("Disclosure control (streamed): each table is masked on its own (threshold k = " + k()
                    + ", subtraction within the table); the audit across the tables of a release needs the dataset in memory "
                    + "(run without --stream, with a heap large enough): do not publish this output beside other tables of the same people.");
        }
    }
}
