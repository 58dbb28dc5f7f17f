package io.github.caeimpact.examples.cli;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.math.BigDecimal;
import java.nio.file.Path;
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

/** {@code impact sroi MAP}: values an impact map and prints the result with its audit trail as JSON. */
@Command(name = "sroi", mixinStandardHelpOptions = true,
        description = "Value an impact map (SROI) and print the result as JSON, with its audit trail.")
final class SroiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MAP", description = "The impact map (JSON).")
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

    @Mixin
    private OutputOption output;

    @Override
    public Integer call() {
        ProxyLibrary library = proxies == null ? ProxyLibrary.standard()
                : ProxyLibrary.standard().combinedWith(Inputs.read(proxies, ProxyLibrary::read), ProxyLibrary.Conflicts.SECOND_WINS);
        PriceIndex index = priceIndex == null ? PriceIndex.standard() : Inputs.read(priceIndex, PriceIndex::read);
        ImpactMap map = Inputs.read(mapFile, in -> ImpactMaps.read(in, library, index));
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
            IndicatorReport report = IndicatorEngine.of(Catalogue.shipped())
                    .measure(data, MeasureOptions.defaults().withDisclosureThreshold(disclosure.k()));
            bound = QuantityBindings.fromIndicators(report);
        }
        for (Map.Entry<String, BigDecimal> binding : bindings.entrySet()) {
            bound = bound.with(binding.getKey(), binding.getValue());
        }
        String json = SroiEngine.evaluate(map, bound, library, index).toJson();
        output.write(json);
        return 0;
    }
}
