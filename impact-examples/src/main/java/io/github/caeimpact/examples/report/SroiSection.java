package io.github.caeimpact.examples.report;

import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.Stakeholder;
import io.github.caeimpact.sroi.result.OutcomeResult;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The valuation part of a report: headline figures, the waterfall from inputs to the value each
 * stakeholder receives, the table of assumptions and sources of every outcome, and the uncertainty
 * around the ratio ({@link UncertaintySection}).
 */
final class SroiSection {

    private SroiSection() {
    }

    static Map<String, Object> build(Labels words, ImpactMap map, UncertaintyReport valuation) {
        SroiResult result = valuation.result();
        Map<String, String> names = new LinkedHashMap<>();
        for (Stakeholder stakeholder : map.stakeholders()) {
            names.put(stakeholder.id(), stakeholder.label(words.language().code()));
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("name", result.name());
        List<Map<String, Object>> figures = new ArrayList<>(List.of(
                figure(words.text("presentValue"), Formats.money(result.presentValue())),
                figure(words.text("totalInputs"), Formats.money(result.totalInputs())),
                figure(words.text("npv"), Formats.money(result.npv())),
                figure(words.text("sroiRatio"), Formats.ratio(result.sroiRatio())),
                figure(words.text("netSroiRatio"), Formats.ratio(result.netSroiRatio()))));
        if (result.valuePerEuroOfLocalPublicMoney() != null) {
            figures.add(figure(words.text("localPublicMoney"), Formats.ratio(result.valuePerEuroOfLocalPublicMoney())));
        }
        section.put("figures", figures);
        section.put("headline", Formats.ratio(result.sroiRatio()));
        section.put("discounting", result.discounting());
        section.put("waterfall", waterfall(words, result, names));
        List<Map<String, Object>> stakeholders = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : inMapOrder(result, names).entrySet()) {
            stakeholders.add(figure(names.get(entry.getKey()), Formats.money(entry.getValue())));
        }
        section.put("stakeholders", stakeholders);
        section.put("assumptions", assumptions(words, map, result, names));
        UncertaintySection.addTo(section, words, valuation);
        return section;
    }

    private static Map<String, Object> waterfall(Labels words, SroiResult result, Map<String, String> names) {
        List<Chart.Column> columns = new ArrayList<>();
        double inputs = result.totalInputs().doubleValue();
        columns.add(new Chart.Column(words.text("inputs"), 0, inputs, Formats.moneyRounded(result.totalInputs()), "input"));
        double level = 0;
        for (Map.Entry<String, BigDecimal> entry : inMapOrder(result, names).entrySet()) {
            double next = level + entry.getValue().doubleValue();
            columns.add(new Chart.Column(short_(names.getOrDefault(entry.getKey(), entry.getKey())), level, next,
                    Formats.moneyRounded(entry.getValue()), entry.getValue().signum() < 0 ? "loss" : "gain"));
            level = next;
        }
        columns.add(new Chart.Column(words.text("pvShort"), 0, result.presentValue().doubleValue(),
                Formats.moneyRounded(result.presentValue()), "total"));
        return Chart.vertical("waterfall", words.text("waterfall"), List.of(words.text("colStakeholder"), words.text("colPv")),
                columns, true, null, null).toMap();
    }

    /** Returns the value of each stakeholder in the map's order (the order the map's authors chose). */
    private static Map<String, BigDecimal> inMapOrder(SroiResult result, Map<String, String> names) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (String id : names.keySet()) {
            ordered.put(id, result.byStakeholder().getOrDefault(id, BigDecimal.ZERO));
        }
        return ordered;
    }

    /** Keeps a column label short enough to sit under its column; the table below has it whole. */
    private static String short_(String label) {
        String cut = label.split("[:(,]")[0].trim();
        return cut.length() > 18 ? cut.substring(0, 17).trim() + "…" : cut;
    }

    private static List<Map<String, Object>> assumptions(Labels words, ImpactMap map, SroiResult result, Map<String, String> names) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Outcome outcome : map.outcomes()) {
            OutcomeResult valued = result.outcome(outcome.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", outcome.id());
            row.put("stakeholder", names.getOrDefault(outcome.stakeholder(), outcome.stakeholder()));
            row.put("description", outcome.description(words.language().code()));
            row.put("indicator", outcome.indicator() == null ? "" : outcome.indicator());
            row.put("proxy", Formats.money(valued.proxy().value()));
            row.put("source", String.join(" ; ", valued.proxy().sources()));
            String attribution = outcome.attribution().stream().map(Formats::percent).collect(Collectors.joining(" + "));
            row.put("deductions", Formats.percent(outcome.deadweight()) + " / " + Formats.percent(outcome.displacement()) + " / "
                    + attribution + " / " + Formats.percent(outcome.dropOff()));
            row.put("duration", Formats.number(outcome.durationYears(), 1));
            row.put("evidence", outcome.evidence() == null ? "" : words.text("evidence" + outcome.evidence().name()));
            row.put("pv", Formats.money(valued.presentValue().value()));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> figure(String label, String value) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("label", label);
        figure.put("value", value);
        return figure;
    }
}
