package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.survey.SurveyCheck;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.validation.ValidationReport;
import java.nio.file.Path;

/** Rejects a dataset whose survey answers do not fit their instruments (exit status 1). */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    /** Checks the answers of a dataset against a catalogue's instruments; throws with every problem. */
    static void requireFitting(Dataset dataset, Catalogue catalogue, Path file) {
        ValidationReport report = SurveyCheck.of(catalogue).check(dataset);
        report.throwIfInvalid(file.toString());
    }
}
