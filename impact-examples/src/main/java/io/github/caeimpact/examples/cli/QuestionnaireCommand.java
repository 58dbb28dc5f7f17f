package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.SurveyInstrument;
import io.github.caeimpact.indicators.survey.Language;
import io.github.caeimpact.indicators.survey.Questionnaire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact questionnaire INSTRUMENT}: prints an instrument as a questionnaire to hand out. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Print a survey instrument of the catalogue as a questionnaire (Markdown or HTML, French or English).")
final class QuestionnaireCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** Markdown text. */
        markdown,
        /** A standalone HTML page. */
        html
    }

    @Parameters(paramLabel = "INSTRUMENT", description = "The instrument id, such as CAE-IMPACT-ANNUAL.")
    private String instrument;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "FR", description = "FR or EN; default ${DEFAULT-VALUE}.")
    private Language language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "An extra catalogue file (new or replacing instruments), applied over the shipped one; repeatable.")
    private List<Path> extraCatalogues = new ArrayList<>();

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() {
        Catalogue catalogue = MeasureCommand.catalogue(extraCatalogues);
        SurveyInstrument found = catalogue.instrument(instrument).orElseThrow(() -> new UnusableInputException(
                "no instrument '" + instrument + "' in the catalogue; its instruments are "
                        + catalogue.instruments().stream().map(SurveyInstrument::id).toList()));
        Questionnaire questionnaire = Questionnaire.of(found, language);
        output.write(format == Format.html ? questionnaire.html() : questionnaire.markdown());
        return 0;
    }
}
