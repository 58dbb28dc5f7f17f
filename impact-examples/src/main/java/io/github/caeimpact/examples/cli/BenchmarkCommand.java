package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.StreamedReport;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.caeimpact.indicators.Benchmark;
import io.github.caeimpact.indicators.BenchmarkPosition;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact benchmark DATASET}: where each organisation of a consortium or network stands
 * among the others, indicator by indicator (rank and percentile, respecting polarity).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Rank the organisations of a dataset on every indicator (masked cells are not ranked); JSON.")
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "A dataset with several organisations (JSON).")
    private Path dataset;

    @Option(names = "--organisation", paramLabel = "ID", description = "Show only this organisation's positions.")
    private String organisation;

    @Mixin
    private DisclosureOption disclosure;

    @Mixin
    private OutputOption output;

    @Option(names = "--threads", paramLabel = "N", description = "Threads measuring participants (default: the available processors).")
    private Integer threads;

    @Mixin
    private ScaleOptions scale;

    @Override
    public Integer call() throws JsonProcessingException {
        Catalogue catalogue = Catalogue.shipped();
        IndicatorEngine engine = IndicatorEngine.of(catalogue);
        MeasureOptions options = MeasureOptions.defaults().withDisclosureThreshold(disclosure.k());
        int workers = MeasureCommand.threads(spec, threads);
        IndicatorReport report;
        Dataset data;
        DisclosureStatement statement = null;
        if (scale.streams(dataset)) {
            AtomicLong accepted = new AtomicLong();
            StreamedReport streamed;
            streamed = Progress.during(spec.commandLine().getErr(), scale.quiet, accepted::get,
                () -> Inputs.read(dataset, in -> engine.measure(in, options, workers, accepted::set)));
            if (streamed.read().rejected() > 0 || !streamed.read().complete()) {
                throw new InvalidInputException(dataset.toString(), streamed.read().report());
            }
            data = streamed.read().dataset();
            report = streamed.report();
        } else {
            data = Inputs.read(dataset, ImpactJson::read);
            report = null;
        }
        if (organisation != null && data.organisation(organisation).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--organisation: no organisation '" + organisation + "' in " + dataset);
        }
        if (report == null) {
            Release release = disclosure.release(engine, data, options, scale.quiet);
            report = release.indicators();
            statement = release.disclosure();
        } else {
            disclosure.streamed(scale.quiet);
        }
        Benchmark benchmark = Benchmark.of(report, catalogue);
        Map<String, List<BenchmarkPosition>> positions = new LinkedHashMap<>();
        for (IndicatorDefinition definition : catalogue.definitions()) {
            List<BenchmarkPosition> ranking = organisation == null ? benchmark.positions(definition.id())
                    : benchmark.position(definition.id(), organisation).map(List::of).orElse(List.of());
            positions.put(definition.id(), ranking);
        }
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("disclosureThreshold", disclosure.k());
        published.put("positions", positions);
        String json = StrictJson.mapper().writeValueAsString(published);
        output.write(statement == null ? disclosure.statedStreamed(json) : DisclosureOption.stated(json, statement));
        return 0;
    }
}
