package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.PublishedEsfReport;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.survey.SurveyCheck;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code impact esf DATASET}: the ESF+ common indicators by gender, small cells masked. */
@Command(name = "esf", mixinStandardHelpOptions = true,
        description = "ESF+ common indicators (Regulation (EU) 2021/1057, Annex I) by gender, as JSON; cells under k masked.")
final class EsfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DATASET", description = "The dataset (JSON).")
    private Path dataset;

    @Mixin
    private DisclosureOption disclosure;

    @Mixin
    private OutputOption output;

    @Mixin
    private ScaleOptions scale;

    @Spec
    private CommandSpec spec;

    /**
     * Reads the whole dataset, its survey answers checked against the shipped instruments, and
     * returns the ESF+ table of its release as JSON, with the release's disclosure statement.
     */
    private String inMemory() {
        Dataset data = Inputs.read(dataset, ImpactJson::read);
        Catalogue catalogue = Catalogue.shipped();
        SurveyAnswers.requireFitting(data, catalogue, dataset);
        // The ESF+ rows are indicator numerators by gender: masked with the indicators they equal, as the report publishes them.
        Release release = disclosure.release(IndicatorEngine.of(catalogue), data,
                MeasureOptions.defaults().withDisclosureThreshold(disclosure.k()), scale.quiet);
        return DisclosureOption.stated(release.esf().toJson(), release.disclosure());
    }

    @Override
    public Integer call() {
        if (scale.streams(dataset)) {
            PublishedEsfReport report = streamed().masked(DisclosureControl.of(disclosure.k()));
            disclosure.streamed(scale.quiet);
            output.write(disclosure.statedStreamed(report.toJson()));
        } else {
            output.write(inMemory());
        }
        return 0;
    }

    /** Tallies a file too large to hold, in one read; any rejected participant makes it invalid, as in memory. */
    private EsfReport streamed() {
        AtomicLong read = new AtomicLong();
        EsfReport.Tally[] tally = new EsfReport.Tally[1];
        ReadResult result = Progress.during(spec.commandLine().getErr(), scale.quiet, read::get,
                () -> Inputs.read(dataset, in -> ImpactJson.streamParticipants(in, IndicatorEngine.STREAMING_LIMITS,
                        header -> tally[0] = EsfReport.tally(header.period(), header.referenceDate()),
                        SurveyCheck.of(Catalogue.shipped())::check,
                        participant -> {
                            tally[0].add(participant);
                            read.incrementAndGet();
                        })));
        if (result.rejected() > 0 || !result.complete()) {
            throw new InvalidInputException(dataset.toString(), result.report());
        }
        return tally[0].report();
    }
}
