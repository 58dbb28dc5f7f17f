package io.github.caeimpact.examples.report;

import io.github.caeimpact.sroi.map.FunderKind;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.uncertainty.BreakEven;
import io.github.caeimpact.sroi.uncertainty.HistogramBin;
import io.github.caeimpact.sroi.uncertainty.MonteCarloResult;
import io.github.caeimpact.sroi.uncertainty.Sensitivity;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncertainty part of a report: value per euro by kind of funder, the tornado chart of the
 * one-way sensitivity with the break-even values of the same parameters, and the Monte Carlo
 * histogram with the probability that the ratio exceeds 1.
 */
final class UncertaintySection {

    /** The tornado shows the parameters that move the ratio most; the JSON result has them all. */
    static final int TORNADO_ROWS = 10;

    private UncertaintySection() {
    }

    /** Puts the funder, sensitivity, break-even and Monte Carlo parts into the SROI section. */
    static void addTo(Map<String, Object> section, Labels words, UncertaintyReport valuation) {
        SroiResult result = valuation.result();
        List<Map<String, Object>> funders = new ArrayList<>();
        // In the order of FunderKind, local to European to own money, not in the result's alphabetical order.
        for (FunderKind kind : FunderKind.values()) {
            BigDecimal value = result.valuePerEuroByFunderKind().get(kind.name());
            if (value != null) {
                funders.add(row(words.text("funderKind" + kind.name()), Formats.ratio(value)));
            }
        }
        section.put("fundersTable", funders.isEmpty() ? null : Map.of("rows", funders));
        if (valuation.sensitivity() != null && !valuation.sensitivity().isEmpty()) {
            List<Sensitivity> top = valuation.sensitivity().subList(0, Math.min(TORNADO_ROWS, valuation.sensitivity().size()));
            List<Chart.Span> spans = new ArrayList<>();
            for (Sensitivity row : top) {
                spans.add(new Chart.Span(parameter(words, row.parameter(), row.outcome()), row.ratioLow(), row.ratioHigh(),
                        Formats.number(row.ratioLow(), 2), Formats.number(row.ratioHigh(), 2)));
            }
            double baseline = result.sroiRatio().doubleValue();
            section.put("tornado", Chart.tornado("tornado", words.text("tornado"),
                    List.of(words.text("colParameter"), words.text("colRatioRange")), spans, baseline,
                    words.text("baseline") + " " + Formats.ratio(result.sroiRatio())).toMap());
            List<Map<String, Object>> values = breakEven(words, top, valuation.breakEven());
            section.put("breakEvenTable", values == null || values.isEmpty() ? null : Map.of("rows", values));
        }
        MonteCarloResult simulation = valuation.monteCarlo();
        if (simulation != null) {
            section.put("monteCarlo", monteCarlo(words, simulation));
        }
    }

    /** Break-even values; the reason there is none stays in the JSON result, in English with full precision. */
    private static List<Map<String, Object>> breakEven(Labels words, List<Sensitivity> top, List<BreakEven> values) {
        if (values == null) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sensitivity row : top) {
            for (BreakEven value : values) {
                if (value.path().equals(row.path())) {
                    rows.add(row(parameter(words, row.parameter(), row.outcome()),
                            value.value() == null ? words.text("breakEvenNone") : inUnit(words, row.parameter(), value.value())));
                }
            }
        }
        return rows;
    }

    /**
     * Writes a break-even value in its parameter's unit: a share as a percentage, an amount or a
     * proxy in euros, a duration in years; a quantity in the indicator's own unit, as a number.
     */
    static String inUnit(Labels words, String parameter, double value) {
        return switch (parameter) {
            case "attribution", "deadweight", "displacement", "dropOff", "leakage", "discountRate" -> Formats.percent(value);
            case "amount", "proxy" -> Formats.money(BigDecimal.valueOf(value));
            case "durationYears" -> Formats.number(value, 2) + " " + words.text("unitYears");
            default -> Formats.number(value, 3);
        };
    }

    /** Where ratio 1 falls along the histogram's columns (column index plus the fraction into it), or null if outside. */
    static Double ratioOneAt(List<HistogramBin> bins) {
        for (int i = 0; i < bins.size(); i++) {
            HistogramBin bin = bins.get(i);
            if (bin.from() <= 1 && 1 < bin.to() || i == bins.size() - 1 && bin.to() == 1) {
                return i + (1 - bin.from()) / (bin.to() - bin.from());
            }
        }
        return null;
    }

    private static Map<String, Object> monteCarlo(Labels words, MonteCarloResult simulation) {
        List<Chart.Column> columns = new ArrayList<>();
        HistogramBin firstBin = simulation.histogram().get(0);
        // Narrow bins need a third decimal, or two neighbours would carry the same label.
        int decimals = firstBin.to() - firstBin.from() < 0.05 ? 3 : 2;
        for (HistogramBin bin : simulation.histogram()) {
            // Each column is labelled with where its bin starts: the ratio scale under the histogram.
            columns.add(new Chart.Column(Formats.number(bin.from(), decimals), 0, bin.count(),
                    Long.toString(bin.count()), bin.to() <= 1 ? "loss" : "gain"));
        }
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("histogram", Chart.vertical("histogram", words.text("histogram"),
                List.of(words.text("colRatioBin"), words.text("colIterations")), columns, true,
                ratioOneAt(simulation.histogram()), words.text("ratioOne")).toMap());
        part.put("probabilityAboveOne", Formats.percent(simulation.probabilityRatioAboveOne()));
        part.put("figures", List.of(
                row(words.text("iterations"), Integer.toString(simulation.iterations())),
                row(words.text("seed"), Long.toString(simulation.seed())),
                row(words.text("probabilityAboveOne"), Formats.percent(simulation.probabilityRatioAboveOne())),
                row(words.text("ratioMean"), Formats.number(simulation.sroiRatio().mean(), 2)),
                row(words.text("ratioMedian"), Formats.number(simulation.sroiRatio().median(), 2)),
                row(words.text("ratioP5P95"), Formats.number(simulation.sroiRatio().p5(), 2) + " – "
                        + Formats.number(simulation.sroiRatio().p95(), 2))));
        return part;
    }

    /** Names a parameter in the report's language, with the outcome it belongs to. */
    private static String parameter(Labels words, String parameter, String outcome) {
        String name = words.text("parameter" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1));
        return outcome == null ? name : name + " · " + outcome;
    }

    private static Map<String, Object> row(String label, String value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("value", value);
        return row;
    }
}
