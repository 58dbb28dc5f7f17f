package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.MissingCalculatorException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.ParameterException;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.survey.SurveyCheck;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.StreamedReport;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact measure DATASET}: measures every indicator of the catalogue and prints the report as JSON. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measure every indicator of the catalogue on a dataset; print the report as JSON.")
final class MeasureCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "The dataset (JSON).")
    private Path dataset;

    @Mixin
    private DisclosureOption disclosure;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "An extra catalogue file (new or replacing indicators), applied over the shipped one; repeatable.")
    private List<Path> extraCatalogues = new ArrayList<>();

    @Option(names = "--stream", description = "Read participants one by one (done anyway for files over 64 MiB); invalid "
            + "participants are reported and left out, and the exit status is 1 if there were any.")
    private boolean stream;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads measuring the participants of a streamed run (default: the available processors); the report is the same for any N. A dataset held in memory is published as one release, measured on one thread.")
    private Integer threads;

    @Option(names = "--median-bootstrap", paramLabel = "RESAMPLES",
            description = "Median intervals by percentile bootstrap with this many resamples (at least 10000) instead of the exact "
                    + "order-statistic interval.")
    private Integer bootstrap;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the median bootstrap (default: ${DEFAULT-VALUE}).")
    private long seed = MeasureOptions.defaults().seed();

    @Mixin
    private ScaleOptions scale;

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue(extraCatalogues);
        IndicatorEngine engine = engine(catalogue, extraCatalogues);
        MeasureOptions options = MeasureOptions.defaults().withDisclosureThreshold(disclosure.k());
        if (bootstrap != null) {
            try {
                options = options.withMedianBootstrap(bootstrap, seed);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--median-bootstrap: " + e.getMessage());
            }
            spec.commandLine().getErr().printf("median intervals: percentile bootstrap, %d resamples, seed %d%n", bootstrap, seed);
        }
        int workers = threads(spec, threads);
        if (!stream && !scale.streams(dataset)) {
            Dataset data = Inputs.read(dataset, ImpactJson::read);
            SurveyAnswers.requireFitting(data, catalogue, dataset);
            Release release = disclosure.release(engine, data, options, scale.quiet);
            output.write(DisclosureOption.stated(release.indicators().toJson(), release.disclosure()));
            return 0;
        }
        AtomicLong accepted = new AtomicLong();
        MeasureOptions chosen = options;
        StreamedReport streamed;
        streamed = Progress.during(spec.commandLine().getErr(), scale.quiet, accepted::get,
                () -> Inputs.read(dataset, in -> engine.measure(in, chosen, workers, accepted::set, SurveyCheck.of(catalogue))));
        ReadResult read = streamed.read();
        spec.commandLine().getErr().printf("%s: %d participant(s) read, %d accepted, %d rejected%n", dataset, read.read(),
                read.accepted(), read.rejected());
        if (!read.complete()) {
            // The file broke off: a report of its first part would look like a report of the whole.
            throw new InvalidInputException(dataset.toString(), read.report());
        }
        disclosure.streamed(scale.quiet);
        output.write(disclosure.statedStreamed(streamed.report().toJson()));
        if (read.rejected() > 0) {
            throw new InvalidInputException(dataset.toString(), read.report());
        }
        return 0;
    }

    /** Returns the number of threads asked for, or the available processors; below 1 is unusable (status 2). */
    static int threads(CommandSpec spec, Integer asked) {
        if (asked == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (asked < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: at least 1, was " + asked);
        }
        return asked;
    }

    /**
     * Returns the engine of the shipped catalogue with the extension files applied; an indicator
     * without a calculator is invalid input (status 1), named with what to add.
     */
    static IndicatorEngine engine(Catalogue catalogue, List<Path> extensions) {
        try {
            return IndicatorEngine.of(catalogue);
        } catch (MissingCalculatorException missing) {
            List<Problem> problems = missing.indicators().stream()
                    .map(indicator -> Problem.error("$.indicators[" + indicator.split(" ")[0] + "]", io.github.caeimpact.indicators.CatalogueRuleCodes.NO_CALCULATOR,
                            "indicator " + indicator + " has no calculator: " + MissingCalculatorException.WHAT_TO_ADD))
                    .toList();
            throw new InvalidInputException(String.join(", ", extensions.stream().map(Path::toString).toList()),
                    new ValidationReport(problems));
        }
    }

    /** Returns the shipped catalogue with the given extension files applied in order. */
    static Catalogue catalogue(List<Path> extensions) {
        Catalogue catalogue = Catalogue.shipped();
        for (Path extension : extensions) {
            Catalogue base = catalogue;
            catalogue = Inputs.read(extension, base::withExtension);
        }
        return catalogue;
    }
}
