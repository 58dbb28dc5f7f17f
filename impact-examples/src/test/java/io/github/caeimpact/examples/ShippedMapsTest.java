package io.github.caeimpact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.examples.sample.SampleConsortium;
import io.github.caeimpact.examples.sample.SampleTiersLieu;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.result.SroiResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped example maps value the shipped example datasets, every quantity bound to an indicator. */
class ShippedMapsTest {

    static final Path ARTENREEL_STYLE = Path.of("data", "cae-impact-map-artenreel-style.json");
    static final Path TIERS_LIEU = Path.of("data", "tiers-lieu-map.json");

    @Test
    void artenreelStyleMapHasTheStudysStakeholdersAndOutcomesBoundToIndicators() throws IOException {
        ImpactMap map = read(ARTENREEL_STYLE);
        assertThat(map.stakeholders()).extracting(s -> s.id())
                .containsExactly("entrepreneurs", "state-and-social-security", "local-authorities", "clients-and-territory");
        assertThat(map.outcomes()).extracting(Outcome::id).contains("income-gained", "rights-kept",
                "skills-and-confidence", "well-being", "contributions-generated", "employment-services-avoided",
                "benefits-avoided");
        assertThat(map.outcomes()).allSatisfy(o -> assertThat(o.quantity()).isInstanceOf(Quantity.Bound.class));
        assertThat(map.outcomes().stream().map(o -> o.proxy().toString()))
                .noneMatch(p -> p.contains("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR")
                        || p.contains("INDIRECT_COSTS_AND_LOST_REVENUE"))
                .as("contributions generated are valued, so no proxy holding lost contributions may be");
    }

    @Test
    void artenreelStyleMapValuesTheConsortiumEntrepreneursFirstThenTheState() throws IOException {
        SroiResult result = evaluate(read(ARTENREEL_STYLE), SampleConsortium.shipped());
        assertThat(result.presentValue()).isPositive();
        BigDecimal entrepreneurs = result.byStakeholder().get("entrepreneurs");
        BigDecimal state = result.byStakeholder().get("state-and-social-security");
        assertThat(entrepreneurs).isGreaterThan(state);
        assertThat(state).isGreaterThan(result.byStakeholder().get("local-authorities"));
    }

    @Test
    void tiersLieuMapValuesTheTiersLieuWithTheTiersLieuIndicators() throws IOException {
        ImpactMap map = read(TIERS_LIEU);
        assertThat(map.outcomes()).extracting(Outcome::indicator).allMatch(id -> id.startsWith("TLI"));
        assertThat(evaluate(map, SampleTiersLieu.shipped()).presentValue()).isPositive();
    }

    private static SroiResult evaluate(ImpactMap map, Dataset dataset) {
        IndicatorReport report = IndicatorEngine.of(Catalogue.shipped()).measure(dataset, MeasureOptions.defaults());
        return SroiEngine.evaluate(map, QuantityBindings.fromIndicators(report));
    }

    static ImpactMap read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImpactMaps.read(in);
        }
    }

    static List<Path> all() {
        return List.of(ARTENREEL_STYLE, TIERS_LIEU);
    }
}
