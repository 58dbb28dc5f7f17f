package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Breakdown;
import io.github.caeimpact.indicators.BreakdownKind;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.EsfRow;
import io.github.caeimpact.indicators.Fixtures;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.ParticipantGenerator;
import io.github.caeimpact.model.Dataset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EsfCountsTest {

    @Test
    void eachRowStatedAsACategoryCountsTheEntrantsOfThatCategory() {
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        int checked = 0;
        for (long seed : new long[] {3, 17, 2026}) {
            Dataset dataset = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, new ParticipantGenerator(seed).participants(200));
            IndicatorReport report = engine.measure(dataset, MeasureOptions.defaults().withDisclosureThreshold(1));
            EsfReport esf = EsfReport.of(dataset);
            for (Map.Entry<String, Map<String, Set<String>>> category : EsfCounts.CATEGORIES.entrySet()) {
                EsfRow row = esf.rows().stream().filter(r -> r.code().equals(category.getKey())).findFirst().orElseThrow();
                long entrants = 0;
                if (category.getValue().isEmpty()) {
                    entrants = report.section("PUB02").overall().result().counted();
                } else {
                    Map.Entry<String, Set<String>> values = category.getValue().entrySet().iterator().next();
                    Breakdown breakdown = report.section("PUB02").breakdown(BreakdownKind.valueOf(values.getKey())).orElseThrow();
                    for (String value : values.getValue()) {
                        entrants += breakdown.cell(value).map(cell -> cell.result().counted()).orElse(0L);
                    }
                }
                assertThat(row.total()).as("seed %d, %s", seed, category.getKey()).isEqualTo(entrants);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3 * EsfCounts.CATEGORIES.size());
        assertThat(EsfCounts.CATEGORIES).containsKeys("EECO01", "EECO02", "EECO04", "EECO05", "EECO07", "EECO11");
    }
}
