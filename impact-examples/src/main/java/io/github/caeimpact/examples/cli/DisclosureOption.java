package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.model.Dataset;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code -k} and {@code --cell-key} options of every command that publishes aggregates about people. */
final class DisclosureOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "-k", paramLabel = "K",
            description = "Disclosure threshold: cells counting fewer people are masked (default: ${DEFAULT-VALUE}).")
    private int k = DisclosureControl.DEFAULT_K;

    @Option(names = "--cell-key", paramLabel = "FILE",
            description = "Secret key file (at least 32 bytes, not the pseudonymisation key) of the cell-key method: every shown "
                    + "count and sum is perturbed from the people it counts, so that two releases of almost the same people "
                    + "do not give the values of those who differ. Needs the dataset in memory.")
    private Path cellKeyFile;

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
        Release release = publish(engine, dataset, options);
        if (!quiet) {
            release.disclosure().sentences().forEach(command.commandLine().getErr()::println);
        }
        return release;
    }

    /** Measures a dataset held in memory as one release, perturbed when a cell key is given; states nothing. */
    Release publish(IndicatorEngine engine, Dataset dataset, MeasureOptions options) {
        CellKey cellKey = cellKey();
        return cellKey == null ? Release.of(engine, dataset, options) : Release.of(engine, dataset, options, cellKey);
    }

    /** Returns the cell-key method of --cell-key, or null without it. */
    CellKey cellKey() {
        return cellKeyFile == null ? null : CellKey.of(ImportCommand.secretKey(cellKeyFile));
    }

    /**
     * States on standard error, unless quiet, that a streamed run masks each table on its own: the
     * audit across tables needs every participant in memory.
     */
    void streamed(boolean quiet) {
        if (cellKeyFile != null) {
            throw new ParameterException(command.commandLine(), "--cell-key: the cell-key method perturbs a release, which needs the "
                    + "dataset in memory; run without --stream (and with a heap large enough)");
        }
        if (!quiet) {
            command.commandLine().getErr().println("Disclosure control (streamed): each table is masked on its own (threshold k = " + k()
                    + ", subtraction within the table); the audit across the tables of a release needs the dataset in memory "
                    + "(run without --stream, with a heap large enough): do not publish this output beside other tables of the same people.");
        }
    }
}
