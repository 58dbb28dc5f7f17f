package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.IndicatorEngine;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Mixin;
import io.github.caeimpact.indicators.survey.SurveyCheck;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.ImpactMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code impact validate FILE}: checks a dataset or an impact map and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset (its survey answers against their instruments too) or an impact map; print every "
                + "problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A dataset (JSON with participants) or an impact map (JSON with outcomes).")
    private Path file;

    @Option(names = "--lenient", description = "For a dataset: keep the valid participants and count the rejected ones.")
    private boolean lenient;

    @Mixin
    private ScaleOptions scale;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "For a dataset: an extra catalogue file whose instruments the survey answers are checked "
                    + "against, applied over the shipped one; repeatable.")
    private List<Path> extraCatalogues = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean large = !MapFiles.isWorkbook(file) && scale.streams(file);
        return switch (MapFiles.isWorkbook(file) ? Inputs.Kind.IMPACT_MAP : large ? Inputs.kindOfLarge(file) : Inputs.kindOf(file)) {
            case DATASET -> large ? streamedDataset(out) : lenient ? lenientDataset(out) : dataset(out);
            case IMPACT_MAP -> map(out);
        };
    }

    /**
     * A dataset too large to hold, checked participant by participant in one read (each one bound
     * and validated, ids checked for duplicates, answers checked against their instruments): every problem is reported as in the lenient
     * mode; without {@code --lenient}, any rejected participant makes the file invalid.
     */
    private int streamedDataset(PrintWriter out) {
        AtomicLong read = new AtomicLong();
        ReadResult result = Progress.during(spec.commandLine().getErr(), scale.quiet, read::get,
                () -> Inputs.read(file, in -> ImpactJson.streamParticipants(in, IndicatorEngine.STREAMING_LIMITS, header -> { },
                        SurveyCheck.of(MeasureCommand.catalogue(extraCatalogues))::check, participant -> read.incrementAndGet())));
        out.printf("%s: read participant by participant, %d organisation(s), %d participant(s) read, %d accepted, %d rejected%n", file,
                result.dataset().organisations().size(), result.read(), result.accepted(), result.rejected());
        result.report().warnings().forEach(out::println);
        if (result.rejected() > 0 || !result.complete()) {
            throw new InvalidInputException(file.toString(), result.report());
        }
        return 0;
    }

    private int dataset(PrintWriter out) {
        Dataset dataset = Inputs.read(file, ImpactJson::read);
        SurveyAnswers.requireFitting(dataset, MeasureCommand.catalogue(extraCatalogues), file);
        ValidationReport report = DatasetValidator.create().validate(dataset);
        out.printf("%s: valid dataset, %d organisation(s), %d participant(s), %d warning(s)%n", file,
                dataset.organisations().size(), dataset.participants().size(), report.warnings().size());
        report.warnings().forEach(out::println);
        return 0;
    }

    private int lenientDataset(PrintWriter out) {
        ReadResult result = Inputs.read(file, ImpactJson::readLenient);
        out.printf("%s: %d participant(s) read, %d accepted, %d rejected%n", file, result.read(), result.accepted(),
                result.rejected());
        // Errors go to standard error with the exit status; warnings of accepted participants stay here.
        result.report().warnings().forEach(out::println);
        ValidationReport answers = SurveyCheck.of(MeasureCommand.catalogue(extraCatalogues)).check(result.dataset());
        if (result.rejected() > 0 || !answers.isValid()) {
            throw new InvalidInputException(file.toString(), result.report().and(answers));
        }
        return 0;
    }

    private int map(PrintWriter out) {
        // Reading a map validates it: an invalid map has already been rejected with its problems.
        ImpactMap map = MapFiles.read(file, ImpactMaps::read);
        out.printf("%s: valid impact map '%s', %d outcome(s)%n", file, map.name(), map.outcomes().size());
        return 0;
    }
}
