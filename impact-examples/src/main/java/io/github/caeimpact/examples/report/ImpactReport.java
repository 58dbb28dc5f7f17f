package io.github.caeimpact.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report people read: the measured indicators by dimension with their intervals and masked
 * cells, breakdown charts, the ESF+ table, each organisation among its peers, and the SROI
 * valuation with its assumptions and sources — as self-contained HTML (inline SVG charts, no
 * network resource), Markdown and JSON, in French or English with French number, money and date
 * formats.
 *
 * <p>Pages come from jmustache templates beside this class ({@code report.html.mustache},
 * {@code report.md.mustache} and their partials); this class only computes what they show. The
 * same inputs give byte-identical output. This class is immutable and thread-safe.
 */
public final class ImpactReport {

    private static final Mustache.Compiler HTML = compiler().escapeHTML(true);
    private static final Mustache.Compiler MARKDOWN = compiler().withEscaper(
            Escapers.simple(new String[][] {{"|", "\\|"}, {"\n", " "}, {"\r", " "}}));

    private final Map<String, Object> context;

    private ImpactReport(Map<String, Object> context) {
        this.context = Collections.unmodifiableMap(context);
    }

    /**
     * Builds a report.
     *
     * @param title the report's title, or null for the organisation's name (one organisation) or
     *     "Consortium of N organisations" in the report's language
     * @param dataset the dataset measured (for its organisations and territories)
     * @param catalogue the catalogue the indicators were measured with (labels, units)
     * @param release the dataset's release: its masked indicators (with the organisation breakdown
     *     for a consortium), ESF+ table and disclosure statement
     * @param map the impact map valued, or null to leave the SROI part out
     * @param sroi the valuation of {@code map}, or null with it
     * @param language the language of the report
     * @return the report
     * @throws IllegalArgumentException if only one of {@code map} and {@code sroi} is given
     */
    public static ImpactReport of(String title, Dataset dataset, Catalogue catalogue, Release release,
            ImpactMap map, SroiResult sroi, ReportLanguage language) {
        return of(title, dataset, catalogue, release, map,
                sroi == null ? null : new UncertaintyReport(sroi, null, null, null), language);
    }

    /**
     * Builds a report whose valuation part also shows the uncertainty analysed: the tornado chart
     * and break-even values when the sensitivity was run, the histogram and the probability that
     * the ratio exceeds 1 when the Monte Carlo was run (each part left out when null).
     *
     * @param title the report's title, or null as in the other factory
     * @param dataset the dataset measured
     * @param catalogue the catalogue the indicators were measured with
     * @param release the dataset's release (see the other factory)
     * @param map the impact map valued, or null to leave the SROI part out
     * @param valuation the valuation of {@code map} with its uncertainty, or null with it
     * @param language the language of the report
     * @return the report
     * @throws IllegalArgumentException if only one of {@code map} and {@code valuation} is given
     */
    public static ImpactReport of(String title, Dataset dataset, Catalogue catalogue, Release release,
            ImpactMap map, UncertaintyReport valuation, ReportLanguage language) {
        SroiResult sroi = valuation == null ? null : valuation.result();
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(release, "release");
        IndicatorReport indicators = release.indicators();
        Objects.requireNonNull(language, "language");
        if ((map == null) != (sroi == null)) {
            throw new IllegalArgumentException("map and sroi: give both or neither");
        }
        Labels words = Labels.of(language);
        ReportModel model = new ReportModel(words, catalogue, indicators);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("lang", language.code());
        context.put("title", title != null ? title : dataset.organisations().size() == 1 ? dataset.organisations().get(0).name()
                : words.text("consortiumOf").replace("{n}", Integer.toString(dataset.organisations().size())));
        context.put("period", Formats.date(indicators.period().start()) + " – " + Formats.date(indicators.period().end()));
        context.put("referenceDate", Formats.date(indicators.referenceDate()));
        context.put("participants", Formats.number(java.math.BigDecimal.valueOf(indicators.participants()), 0));
        context.put("organisations", Integer.toString(dataset.organisations().size()));
        context.put("disclosureThreshold", indicators.disclosureThreshold());
        context.put("disclosureNote", model.disclosureNote(release.disclosure()));
        context.put("catalogue", String.join(", ", indicators.catalogue()));
        context.put("dimensions", model.dashboard());
        context.put("breakdowns", model.breakdownCharts());
        context.put("esf", model.esf(release.esf()));
        context.put("peers", PeerSection.build(words, catalogue, indicators, dataset, model));
        context.put("sroi", map == null ? null : SroiSection.build(words, map, valuation));
        context.put("t", words.all());
        return new ImpactReport(context);
    }

    /**
     * Returns a copy that states the outcomes of the map left out of the valuation because the
     * indicator quantifying them is masked in the release (valued on published figures only).
     *
     * @param outcomes each outcome left out, as "id (indicator)"; none leaves the report as it is
     * @return the copy
     * @throws NullPointerException if outcomes is null
     */
    public ImpactReport withOutcomesLeftOut(List<String> outcomes) {
        Objects.requireNonNull(outcomes, "outcomes");
        if (outcomes.isEmpty()) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(context);
        Labels words = Labels.of(ReportLanguage.parse((String) context.get("lang")));
        copy.put("outcomesLeftOut", words.text("outcomesLeftOut").replace("{outcomes}", String.join(", ", outcomes)));
        return new ImpactReport(copy);
    }

    /**
     * Returns the self-contained HTML page.
     *
     * @return the page, {@code <html lang>} set, styles and charts inline
     */
    public String html() {
        return render(HTML, "report.html.mustache");
    }

    /**
     * Returns the Markdown report: the same tables, charts given as their tables.
     *
     * @return the Markdown text
     */
    public String markdown() {
        return render(MARKDOWN, "report.md.mustache");
    }

    /**
     * Returns the JSON report: every figure as shown, with labels in the report's language and
     * indicator and dimension labels in French and English.
     *
     * @return pretty-printed JSON ending with a line break
     */
    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(context) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report's context is plain maps and cannot fail to serialise", e);
        }
    }

    private String render(Mustache.Compiler compiler, String name) {
        Template template = compiler.compile(resource(name));
        return template.execute(context);
    }

    private static Mustache.Compiler compiler() {
        return Mustache.compiler().nullValue("").withLoader(name -> resource(name + ".mustache"));
    }

    private static Reader resource(String name) {
        try (InputStream in = ImpactReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report template " + name + " is missing from the jar");
            }
            return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report template " + name, e);
        }
    }
}
