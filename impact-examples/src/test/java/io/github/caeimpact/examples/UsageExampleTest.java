package io.github.caeimpact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.result.SroiResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The usage example of README.md, line for line, so that the README cannot drift from the API. */
class UsageExampleTest {

    @Test
    void readmeUsageExampleRuns() throws IOException {
        try (InputStream datasetFile = Files.newInputStream(Path.of("data", "sample-cae.json"));
                InputStream mapFile = Files.newInputStream(Path.of("data", "sample-sroi-map.json"))) {
            // --- README.md "Usage" starts here ---
            // Read a dataset strictly: InvalidInputException lists every problem with its JSON path.
            Dataset dataset = ImpactJson.read(datasetFile);

            // Measure every indicator of the shipped catalogue (cells under 5 people masked).
            IndicatorReport report = IndicatorEngine.of(Catalogue.shipped()).measure(dataset);
            IndicatorResult inWork = report.result("EXI01").orElseThrow();
            System.out.println(inWork.numerator() + " of " + inWork.denominator() + " leavers in work, 95 % CI " + inWork.interval());

            // Value the outcomes of an impact map, its quantities bound to the measured indicators.
            ImpactMap map = ImpactMaps.read(mapFile);
            SroiResult sroi = SroiEngine.evaluate(map, QuantityBindings.fromIndicators(report));
            System.out.println("SROI " + sroi.sroiRatio() + ", net SROI " + sroi.netSroiRatio());
            System.out.println(sroi.toJson()); // every figure with its inputs, formula and sources
            // --- README.md "Usage" ends here ---
            assertThat(inWork.denominator()).isPositive();
            assertThat(sroi.sroiRatio().multiply(sroi.totalInputs()).subtract(sroi.presentValue()).abs())
                    .isLessThan(sroi.totalInputs().movePointLeft(2));
        }
    }
}
