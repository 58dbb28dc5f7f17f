package io.github.caeimpact.examples.report;

import io.github.caeimpact.indicators.Benchmark;
import io.github.caeimpact.indicators.BenchmarkPosition;
import io.github.caeimpact.indicators.BreakdownKind;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Cell;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Organisation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each organisation of a consortium among its peers: one chart per headline indicator (every
 * organisation's value beside the consolidated one) and a table of ranks from {@link Benchmark}.
 */
final class PeerSection {

    private PeerSection() {
    }

    /** Returns the section's context, or null for a dataset of one organisation. */
    static Map<String, Object> build(Labels words, Catalogue catalogue, IndicatorReport indicators, Dataset dataset,
            ReportModel model) {
        if (dataset.organisations().size() < 2) {
            return null;
        }
        Benchmark benchmark = Benchmark.of(indicators, catalogue);
        List<String> ranked = new ArrayList<>();
        List<Map<String, Object>> charts = new ArrayList<>();
        for (String id : ReportModel.HEADLINE) {
            IndicatorDefinition definition = catalogue.find(id).orElse(null);
            if (definition == null || indicators.breakdown(id, BreakdownKind.ORGANISATION).isEmpty()) {
                continue;
            }
            ranked.add(id);
            List<Chart.Bar> bars = new ArrayList<>();
            for (Organisation organisation : dataset.organisations()) {
                Cell cell = indicators.breakdown(id, BreakdownKind.ORGANISATION).get().cell(organisation.id()).orElse(null);
                if (cell == null || cell.isMasked() || cell.result().value() == null) {
                    bars.add(new Chart.Bar(organisation.id(), null, null, "masked"));
                } else {
                    BigDecimal value = cell.result().value();
                    bars.add(new Chart.Bar(organisation.id(), value.doubleValue(), Formats.inUnit(value, definition.unit(), words), "bar"));
                }
            }
            BigDecimal consolidated = indicators.value(id).orElse(null);
            String title = id + " · " + words.language().pick(definition.label()) + " · " + words.text("byOrganisation");
            charts.add(Chart.horizontal("peers-" + id, title, List.of(words.text("colOrganisation"), words.text("colValue")), bars,
                    words.text("masked"), consolidated == null ? null : consolidated.doubleValue(),
                    consolidated == null ? null : words.text("consortium") + " " + Formats.inUnit(consolidated, definition.unit(), words))
                    .toMap());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Organisation organisation : dataset.organisations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", organisation.id());
            row.put("name", organisation.name());
            row.put("territory", organisation.territory().departementCode() + " · "
                    + model.category(organisation.territory().areaType().name()));
            long people = dataset.participants().stream().filter(p -> p.organisationId().equals(organisation.id())).count();
            row.put("people", Formats.number(BigDecimal.valueOf(people), 0));
            List<String> ranks = new ArrayList<>();
            for (String id : ranked) {
                ranks.add(benchmark.position(id, organisation.id()).map(PeerSection::rank).orElse(words.text("notRanked")));
            }
            row.put("ranks", ranks);
            rows.add(row);
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("charts", charts);
        section.put("indicators", ranked);
        section.put("rows", rows);
        return section;
    }

    private static String rank(BenchmarkPosition position) {
        return position.rank() + "/" + position.ranked();
    }
}
