package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
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

    @Override
    public Integer call() {
        Dataset data = Inputs.read(dataset, ImpactJson::read);
        SurveyAnswers.requireFitting(data, Catalogue.shipped(), dataset);
        EsfReport report = EsfReport.of(data);
        output.write(report.masked(DisclosureControl.of(disclosure.k())).toJson());
        return 0;
    }
}
