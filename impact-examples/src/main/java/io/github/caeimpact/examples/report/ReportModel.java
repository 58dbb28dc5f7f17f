package io.github.caeimpact.examples.report;

import io.github.caeimpact.indicators.Breakdown;
import io.github.caeimpact.indicators.BreakdownKind;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Cell;
import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.IndicatorSection;
import io.github.caeimpact.indicators.PublishedEsfReport;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the measurement part of a report's context (header, dashboard, breakdown charts, ESF+
 * table) as plain maps and lists the templates read and the JSON report serialises. Masked cells
 * are taken as the indicator report and the published ESF+ report mask them, never recomputed.
 */
final class ReportModel {

    /** Indicators whose breakdown by gender is drawn, when measured. */
    static final List<String> HEADLINE = List.of("PUB04", "RIG02", "ACT02", "SKI01", "COO04", "EXI01");

    private final Labels words;
    private final Catalogue catalogue;
    private final IndicatorReport indicators;

    ReportModel(Labels words, Catalogue catalogue, IndicatorReport indicators) {
        this.words = words;
        this.catalogue = catalogue;
        this.indicators = indicators;
    }

    /** Returns the report's note on masking: the release's settings, its masks by reason and the audit, in the report's language. */
    String disclosureNote(DisclosureStatement statement) {
        List<String> masked = new ArrayList<>();
        statement.masked().forEach((reason, count) -> masked.add(Formats.number(BigDecimal.valueOf(count), 0) + " " + words.text("mask" + reason.name())));
        return words.text("disclosureNote").replace("{k}", Integer.toString(statement.threshold()))
                .replace("{p}", Formats.number(BigDecimal.valueOf(statement.dominancePercent()), 0))
                .replace("{relations}", Formats.number(BigDecimal.valueOf(statement.relations()), 0))
                .replace("{width}", Integer.toString(DisclosureControl.of(statement.threshold()).protectionWidth()))
                .replace("{differencing}", words.text(statement.cellKey() ? "differencingProtected" : "differencingLimit"))
                .replace("{differences}", Formats.number(BigDecimal.valueOf(statement.differences()), 0))
                .replace("{populations}", Formats.number(BigDecimal.valueOf(statement.populationDifferences()), 0))
                .replace("{masked}", masked.isEmpty() ? words.text("maskedNone") : String.join(", ", masked));
    }

    /** Returns one table per dimension with its indicators, values, intervals and masked cells. */
    List<Map<String, Object>> dashboard() {
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (IndicatorSection section : indicators.indicators()) {
                IndicatorDefinition definition = catalogue.find(section.indicatorId()).orElse(null);
                if (definition != null && definition.dimension() == dimension) {
                    rows.add(indicatorRow(definition, section.overall()));
                }
            }
            if (!rows.isEmpty()) {
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("code", dimension.name());
                table.put("name", words.text("dim" + dimension.name()));
                table.put("names", Labels.both("dim" + dimension.name()));
                table.put("indicators", rows);
                dimensions.add(table);
            }
        }
        return dimensions;
    }

    private Map<String, Object> indicatorRow(IndicatorDefinition definition, Cell overall) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", definition.id());
        row.put("label", words.language().pick(definition.label()));
        row.put("labels", Map.of("fr", definition.label().fr(), "en", definition.label().en()));
        IndicatorResult result = overall.result();
        row.put("masked", result == null);
        if (result == null) {
            row.put("value", maskText(overall.masked()));
            row.put("interval", "");
            row.put("n", "");
            row.put("missing", "");
            row.put("notes", "");
            return row;
        }
        row.put("value", result.value() == null ? words.text("noValue") : Formats.inUnit(result.value(), definition.unit(), words));
        row.put("interval", result.interval() == null ? "" : Formats.inUnit(BigDecimal.valueOf(result.interval().lower()),
                definition.unit(), words) + " – " + Formats.inUnit(BigDecimal.valueOf(result.interval().upper()), definition.unit(), words));
        row.put("n", Formats.number(BigDecimal.valueOf(result.counted()), 0));
        row.put("missing", Formats.number(BigDecimal.valueOf(result.missing()), 0));
        row.put("notes", result.warnings().stream().map(w -> known("warn", w.code())).collect(Collectors.joining(", ")));
        return row;
    }

    String maskText(MaskReason reason) {
        String key = switch (reason) {
            case COMPLEMENTARY -> "maskedComplementary";
            case NUMERATOR_BELOW_THRESHOLD, COMPLEMENT_BELOW_THRESHOLD -> "maskedNumerator";
            case DOMINANCE -> "maskedDominance";
            case AUDIT -> "maskedWithheld";
            case BELOW_THRESHOLD, OVERALL_BELOW_THRESHOLD -> "maskedBelow";
        };
        return words.text(key).replace("{k}", Integer.toString(indicators.disclosureThreshold()));
    }

    /** Returns the breakdown charts: each headline indicator by gender, masked cells marked. */
    List<Map<String, Object>> breakdownCharts() {
        List<Map<String, Object>> charts = new ArrayList<>();
        for (String id : HEADLINE) {
            IndicatorDefinition definition = catalogue.find(id).orElse(null);
            Breakdown breakdown = definition == null ? null : indicators.breakdown(id, BreakdownKind.GENDER).orElse(null);
            if (breakdown == null || breakdown.suppressed() != null || breakdown.cells().isEmpty()) {
                continue;
            }
            List<Chart.Bar> bars = new ArrayList<>();
            for (Cell cell : breakdown.cells()) {
                String label = cell.category().stream().map(this::category).collect(Collectors.joining(" · "));
                if (cell.isMasked() || cell.result().value() == null) {
                    bars.add(new Chart.Bar(label, null, null, "masked"));
                } else {
                    BigDecimal value = cell.result().value();
                    bars.add(new Chart.Bar(label, value.doubleValue(), Formats.inUnit(value, definition.unit(), words), "bar"));
                }
            }
            String title = id + " · " + words.language().pick(definition.label()) + " · " + words.text("byGender");
            charts.add(Chart.horizontal("breakdown-" + id, title, List.of(words.text("colCategory"), words.text("colValue")),
                    bars, words.text("masked"), null, null).toMap());
        }
        return charts;
    }

    /** Returns a category's words when the labels know it, such as {@code WOMAN}, else the category itself. */
    String category(String value) {
        return known("cat", value);
    }

    /** Returns the words of a prefixed key when the labels have it, else the value as it is. */
    private String known(String prefix, String value) {
        try {
            return words.text(prefix + value);
        } catch (IllegalArgumentException unknown) {
            // Organisation ids, territories, years and codes of extension calculators are shown as they are.
            return value;
        }
    }

    /** Returns the ESF+ table as published: shown counts, masked cells marked. */
    Map<String, Object> esf(PublishedEsfReport esf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PublishedEsfReport.Row row : esf.rows()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", row.code());
            line.put("label", row.label());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String gender : PublishedEsfReport.GENDERS) {
                cells.add(count(row.counts().get(gender), row.masked().get(gender)));
            }
            cells.add(count(row.total(), row.totalMasked()));
            line.put("cells", cells);
            rows.add(line);
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("head", List.of(words.text("colCode"), words.text("colIndicator"), words.text("women"), words.text("men"),
                words.text("nonBinary"), words.text("undisclosed"), words.text("total")));
        table.put("rows", rows);
        return table;
    }

    private Map<String, Object> count(Long value, MaskReason masked) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("masked", masked != null);
        cell.put("text", masked != null ? words.text("masked") : Formats.number(BigDecimal.valueOf(value == null ? 0 : value), 0));
        return cell;
    }
}
