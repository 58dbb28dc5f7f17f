package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.uncertainty.BreakEven;
import io.github.caeimpact.sroi.uncertainty.BreakEvenAnalysis;
import io.github.caeimpact.sroi.uncertainty.MonteCarlo;
import io.github.caeimpact.sroi.uncertainty.MonteCarloResult;
import io.github.caeimpact.sroi.uncertainty.Sensitivity;
import io.github.caeimpact.sroi.uncertainty.SensitivityAnalysis;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import io.github.caeimpact.sroi.map.DoubleCounting;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impact sroi MAP}: values an impact map and prints the result with its audit trail as JSON,
 * with, on request, its sensitivity, break-even values and Monte Carlo simulation.
 */
@Command(name = "sroi", mixinStandardHelpOptions = true,
        description = "Value an impact map (SROI) and print the result as JSON, with its audit trail.")
final class SroiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MAP", description = "The impact map (JSON, or an .xlsx workbook in the SROI Guide's layout).")
    private Path mapFile;

    @Option(names = "--bind", paramLabel = "INDICATOR=VALUE",
            description = "A value for outcome quantities bound to an indicator, e.g. --bind EXI01=12.")
    private Map<String, BigDecimal> bindings = new TreeMap<>();

    @Option(names = "--dataset", paramLabel = "DATASET",
            description = "Measure this dataset and bind the map's indicator quantities to it (--bind values win).")
    private Path dataset;

    @Mixin
    private DisclosureOption disclosure;

    @Option(names = "--proxies", paramLabel = "FILE",
            description = "A proxy library file whose entries are added to the shipped library (replacing those of the same id).")
    private Path proxies;

    @Option(names = "--price-index", paramLabel = "FILE",
            description = "A consumer price index file used instead of the shipped one (which covers 2015-2017 only).")
    private Path priceIndex;

    @Option(names = "--sensitivity", arity = "0..1", fallbackValue = "20", paramLabel = "PCT",
            description = "Add one-way sensitivity: each parameter moved by ± PCT %% (default 20, above 0 and at most 100; "
                    + "a parameter written as a distribution between its stated bounds), ranked by swing.")
    private BigDecimal sensitivity;

    @Option(names = "--break-even",
            description = "Add the break-even value of each parameter: where the SROI ratio equals the target.")
    private boolean breakEven;

    @Option(names = "--target", paramLabel = "R",
            description = "The target SROI ratio of --break-even and of the Monte Carlo probability (default 1).")
    private Double target;

    @Option(names = "--monte-carlo", paramLabel = "N",
            description = "Add a Monte Carlo simulation of N iterations (1 to 10,000,000) of the parameters written as distributions.")
    private Integer monteCarlo;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of --monte-carlo (default 1).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "The threads of --monte-carlo (default: the processors); the result does not depend on it.")
    private Integer threads;

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() {
        ProxyLibrary library = proxies == null ? ProxyLibrary.standard()
                : ProxyLibrary.standard().combinedWith(Inputs.read(proxies, ProxyLibrary::read), ProxyLibrary.Conflicts.SECOND_WINS);
        PriceIndex index = priceIndex == null ? PriceIndex.standard() : Inputs.read(priceIndex, PriceIndex::read);
        checkUncertaintyOptions();
        ImpactMap map = MapFiles.read(mapFile, in -> ImpactMaps.read(in, library, index));
        for (DoubleCounting finding : DoubleCounting.in(map)) {
            spec.commandLine().getErr().println("warning: double counting in " + String.join(", ", finding.outcomes()) + ": "
                    + finding.reason());
        }
        Set<String> bindable = map.outcomes().stream().map(Outcome::quantity)
                .filter(Quantity.Bound.class::isInstance).map(q -> ((Quantity.Bound) q).indicator())
                .collect(Collectors.toCollection(TreeSet::new));
        for (String indicator : bindings.keySet()) {
            if (!bindable.contains(indicator)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bind " + indicator
                        + ": no outcome quantity of " + mapFile + " is bound to it (bindable: " + bindable + ")");
            }
        }
        QuantityBindings bound = QuantityBindings.empty();
        if (dataset != null) {
            Dataset data = Inputs.read(dataset, ImpactJson::read);
            // Valued on the published figures only: an indicator the release masks stays unbound.
            Release release = disclosure.publish(IndicatorEngine.of(Catalogue.shipped()), data,
                    MeasureOptions.defaults().withDisclosureThreshold(disclosure.k()));
            bound = QuantityBindings.fromIndicators(release.indicators());
            // A value given with --bind is the user's own figure, not a masked one: its outcome stays.
            ReportFiles.Published published = ReportFiles.Published.of(map, release.indicators(), bindings.keySet());
            if (!published.leftOut().isEmpty()) {
                spec.commandLine().getErr().println("valued on published figures only: outcomes left out, their indicator masked: "
                        + String.join(", ", published.leftOut()));
            }
            map = published.map();
        }
        for (Map.Entry<String, BigDecimal> binding : bindings.entrySet()) {
            bound = bound.with(binding.getKey(), binding.getValue());
        }
        EvaluationPlan plan = SroiEngine.compile(map, bound, library, index);
        SroiResult result = plan.evaluate(plan.baseline());
        double goal = target == null ? BreakEvenAnalysis.DEFAULT_TARGET : target;
        List<Sensitivity> rows = sensitivity == null ? null
                : SensitivityAnalysis.of(plan, map.distributions(), sensitivity);
        List<BreakEven> values = breakEven ? BreakEvenAnalysis.of(plan, goal) : null;
        MonteCarloResult simulation = monteCarlo == null ? null
                : MonteCarlo.run(plan, map.distributions(), monteCarlo, seed == null ? 1 : seed,
                        threads == null ? Runtime.getRuntime().availableProcessors() : threads, goal);
        String json = rows == null && values == null && simulation == null ? result.toJson()
                : new UncertaintyReport(result, rows, values, simulation).toJson();
        output.write(json);
        return 0;
    }

    /** Refuses options out of range or given without the option they refine (status 2). */
    private void checkUncertaintyOptions() {
        if (sensitivity != null && (sensitivity.signum() <= 0 || sensitivity.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw usage("--sensitivity " + sensitivity.toPlainString() + ": the percentage must be above 0 and at most 100");
        }
        if (target != null && (!breakEven && monteCarlo == null || !Double.isFinite(target))) {
            throw usage("--target " + target + ": needs --break-even or --monte-carlo, and a finite ratio");
        }
        if (monteCarlo == null && (seed != null || threads != null)) {
            throw usage((seed != null ? "--seed" : "--threads") + ": only with --monte-carlo N");
        }
        if (monteCarlo != null && (monteCarlo < 1 || monteCarlo > MonteCarlo.MAX_ITERATIONS)) {
            throw usage("--monte-carlo " + monteCarlo + ": the iterations must be 1 to " + MonteCarlo.MAX_ITERATIONS);
        }
        if (threads != null && threads < 1) {
            throw usage("--threads " + threads + ": at least 1");
        }
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }
}
