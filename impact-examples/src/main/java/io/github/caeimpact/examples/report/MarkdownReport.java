package io.github.caeimpact.examples.report;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.indicators.IndicatorDefinition;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorResult;
import io.github.caeimpact.indicators.IndicatorSection;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.sroi.engine.SroiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a measured dataset and its valuation as a Markdown report for people: one table per
 * dimension, then the SROI headline figures and who receives the value.
 *
 * <p>The report only presents: every figure comes from the {@link IndicatorReport} and the
 * {@link SroiResult}, whose JSON forms carry the inputs, formulas and sources behind it. Rounding
 * happens here and only here, half-even: shares to one decimal of a percent, money to the cent,
 * days to one decimal, counts to the unit, other values to two decimals. Masked cells stay masked.
 */
public final class MarkdownReport {

    /** Said in every report: no masking protects against comparing two releases of almost the same people. */
    static final String DIFFERENCING = "Differencing is not protected against: comparing this report with another of almost the same "
            + "people (the same cooperative less one participant, say) can reveal the values of the people who differ.";

    private MarkdownReport() {
    }

    /**
     * Renders the report.
     *
     * @param title the report's title, such as the organisation's name
     * @param catalogue the catalogue the indicators were measured with (for labels and units)
     * @param indicators the measured indicators
     * @param sroi the valuation, or null to leave the SROI part out
     * @return the Markdown text, ending with a line break
     */
    public static String render(String title, Catalogue catalogue, IndicatorReport indicators, SroiResult sroi) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(indicators, "indicators");
        StringBuilder md = new StringBuilder();
        md.append("# CAE-IMPACT report: ").append(cell(title)).append("\n\n");
        md.append("Period ").append(indicators.period().start()).append(" to ").append(indicators.period().end())
                .append(", data as of ").append(indicators.referenceDate()).append("; ")
                .append(indicators.participants()).append(" participants; catalogue ")
                .append(String.join(", ", indicators.catalogue())).append(". Cells counting fewer than ")
                .append(indicators.disclosureThreshold()).append(" people are masked. Intervals are 95 %.\n\n")
                .append(DIFFERENCING).append("\n");
        for (Dimension dimension : Dimension.values()) {
            indicatorTable(md, dimension, catalogue, indicators);
        }
        if (sroi != null) {
            SroiSummary.append(md, sroi);
        }
        return md.toString();
    }

    private static void indicatorTable(StringBuilder md, Dimension dimension, Catalogue catalogue, IndicatorReport report) {
        var sections = report.indicators().stream()
                .filter(s -> catalogue.find(s.indicatorId()).map(d -> d.dimension() == dimension).orElse(false))
                .toList();
        if (sections.isEmpty()) {
            return;
        }
        md.append("\n## ").append(dimension).append("\n\n");
        md.append("| id | indicator | value | 95 % interval | n | missing | notes |\n");
        md.append("|---|---|---:|---|---:|---:|---|\n");
        for (IndicatorSection section : sections) {
            IndicatorDefinition definition = catalogue.definition(section.indicatorId());
            md.append("| ").append(definition.id()).append(" | ").append(cell(definition.label().en())).append(" | ");
            IndicatorResult result = section.overall().result();
            if (result == null) {
                md.append("masked | | | | ").append(section.overall().masked()).append(" |\n");
                continue;
            }
            md.append(format(result.value(), definition.unit())).append(" | ")
                    .append(interval(result.interval(), definition.unit())).append(" | ")
                    .append(result.counted()).append(" | ").append(result.missing()).append(" | ")
                    .append(result.warnings().stream().map(Warning::code).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
    }

    /**
     * Formats a value in an indicator's unit for reading.
     *
     * @param value the value, or null
     * @param unit the unit
     * @return the text, empty for a null value
     */
    public static String format(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case SHARE -> value.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
            case EUR -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " EUR";
            case EUR_PER_MONTH -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " EUR/month";
            case COUNT -> value.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            case DAYS -> value.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " days";
            default -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        };
    }

    /** Escapes what would break a Markdown table: the cell separator and line breaks. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    private static String interval(ConfidenceInterval interval, IndicatorUnit unit) {
        if (interval == null) {
            return "";
        }
        return format(BigDecimal.valueOf(interval.lower()), unit) + " to " + format(BigDecimal.valueOf(interval.upper()), unit);
    }

    /** The SROI part of the report. */
    private static final class SroiSummary {

        static void append(StringBuilder md, SroiResult sroi) {
            md.append("\n## SROI: ").append(cell(sroi.name())).append("\n\n");
            md.append("| figure | value |\n|---|---:|\n");
            row(md, "Present value of the outcomes", money(sroi.presentValue()));
            row(md, "Total inputs", money(sroi.totalInputs()));
            row(md, "Net present value", money(sroi.npv()));
            row(md, "SROI ratio (present value / inputs)", ratio(sroi.sroiRatio()));
            row(md, "Net SROI ratio (net present value / inputs)", ratio(sroi.netSroiRatio()));
            md.append("\nDiscounting: ").append(sroi.discounting()).append("\n");
            md.append("\n| stakeholder | present value |\n|---|---:|\n");
            for (Map.Entry<String, BigDecimal> entry : sroi.byStakeholder().entrySet()) {
                row(md, cell(entry.getKey()), money(entry.getValue()));
            }
            md.append("\nEvery figure, with its inputs, formula and proxy sources, is in the SROI result's JSON audit trail.\n");
        }

        private static void row(StringBuilder md, String label, String value) {
            md.append("| ").append(label).append(" | ").append(value).append(" |\n");
        }

        private static String money(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " EUR";
        }

        private static String ratio(BigDecimal ratio) {
            return ratio.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
    }
}
