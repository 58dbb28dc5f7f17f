package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.util.List;
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
            command.commandLine().getErr().println(streamedSentence());
        }
    }

    private String streamedSentence() {
        return "Disclosure control (streamed): each table is masked on its own (threshold k = " + k()
                + ", subtraction within the table); the audit across the tables of a release needs the dataset in memory "
                + "(run without --stream, with a heap large enough): do not publish this output beside other tables of the same people.";
    }

    /**
     * Adds what the disclosure control did to a published JSON document (an indicator report, an
     * ESF+ table, a benchmark), as its last member {@code disclosure}: the release's statement
     * (settings, masks by reason, relations, cells audited, nested differences, cell key) and its
     * sentences. The document is not read again, so its numbers keep every digit: the member is
     * written in the document's own pretty-printed layout and added before its closing brace.
     */
    static String stated(String published, DisclosureStatement statement) {
        ObjectNode disclosure = StrictJson.mapper().valueToTree(statement);
        disclosure.set("sentences", StrictJson.mapper().valueToTree(statement.sentences()));
        return withDisclosure(published, disclosure);
    }

    /** Adds to a published JSON document of a streamed run that each table was masked on its own. */
    String statedStreamed(String published) {
        ObjectNode disclosure = StrictJson.mapper().createObjectNode();
        disclosure.put("threshold", k());
        disclosure.put("streamed", true);
        disclosure.set("sentences", StrictJson.mapper().valueToTree(List.of(streamedSentence())));
        return withDisclosure(published, disclosure);
    }

    private static String withDisclosure(String published, ObjectNode disclosure) {
        String document = published.stripTrailing();
        if (!document.startsWith("{") || !document.endsWith("}")) {
            throw new IllegalStateException("a published document is a JSON object");
        }
        String member;
        try {
            member = StrictJson.mapper().writeValueAsString(disclosure).replace("\n", "\n  ");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a disclosure statement is plain data and cannot fail to serialise", e);
        }
        String body = document.substring(0, document.length() - 1).stripTrailing();
        String separator = body.equals("{") ? "\n" : ",\n";
        return body + separator + "  \"disclosure\" : " + member + "\n}\n";
    }
}
