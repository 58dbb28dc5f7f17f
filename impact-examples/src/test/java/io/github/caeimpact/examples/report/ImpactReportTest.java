package io.github.caeimpact.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.engine.SroiEngine;
import io.github.caeimpact.sroi.result.SroiResult;
import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import io.github.caeimpact.sroi.uncertainty.BreakEvenAnalysis;
import io.github.caeimpact.sroi.uncertainty.MonteCarlo;
import io.github.caeimpact.sroi.uncertainty.MonteCarloResult;
import io.github.caeimpact.sroi.uncertainty.SensitivityAnalysis;
import io.github.caeimpact.sroi.uncertainty.UncertaintyReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImpactReportTest {

    private static Dataset dataset;
    private static Release release;
    private static IndicatorReport indicators;
    private static ImpactMap map;
    private static SroiResult sroi;

    @BeforeAll
    static void measure() throws IOException {
        dataset = SampleCae.shipped();
        release = Release.of(IndicatorEngine.of(Catalogue.shipped()), dataset, MeasureOptions.defaults());
        indicators = release.indicators();
        try (InputStream in = Files.newInputStream(Path.of("data", "sample-sroi-map.json"))) {
            map = ImpactMaps.read(in);
        }
        // Valued on published figures only, as the report command does.
        map = map.withoutOutcomesBoundTo(indicators.indicators().stream().filter(section -> section.overall().isMasked())
                .map(section -> section.indicatorId()).collect(java.util.stream.Collectors.toSet()));
        sroi = SroiEngine.evaluate(map, QuantityBindings.fromIndicators(indicators));
    }

    private static ImpactReport report(ReportLanguage language) {
        return ImpactReport.of(null, dataset, Catalogue.shipped(), release, map, sroi, language);
    }

    @Test
    void htmlReferencesNoNetworkResource() {
        for (ReportLanguage language : ReportLanguage.values()) {
            String html = report(language).html();
            assertThat(html).as("no http(s) reference of any kind").doesNotContainPattern("(?i)https?:");
            assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe)\\b").doesNotContainPattern("(?i)@import|url\\(");
        }
    }

    @Test
    void htmlIsInTheChosenLanguageThroughout() {
        String fr = report(ReportLanguage.FR).html();
        String en = report(ReportLanguage.EN).html();
        assertThat(fr).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").contains("Tableau de bord des indicateurs")
                .contains("Part des femmes parmi les entrant·es").doesNotContain("Indicator dashboard");
        assertThat(en).contains("<html lang=\"en\">").contains("Indicator dashboard").contains("Share of women among entrants")
                .doesNotContain("Tableau de bord");
    }

    @Test
    void numbersMoneyAndDatesAreFrenchInBothLanguages() {
        for (ReportLanguage language : ReportLanguage.values()) {
            String html = report(language).html();
            assertThat(html).containsPattern(Pattern.compile("\\d{1,3}(\u00a0\\d{3})+,\\d{2}\u00a0€"));
            assertThat(html).containsPattern("\\d+,\\d\u00a0%").contains("01/01/2024 – 31/12/2025").contains("30/06/2026");
            assertThat(html).doesNotContainPattern("\\d\\.\\d{2}\u00a0€");
        }
    }

    @Test
    void everyChartIsInlineSvgWithATitleAndATableFallback() {
        String html = report(ReportLanguage.FR).html();
        int figures = count(html, "<figure class=\"chart\"");
        // The waterfall, and one chart per headline indicator whose breakdown by gender the release publishes.
        long byGender = ReportModel.HEADLINE.stream().filter(id -> indicators.breakdown(id, io.github.caeimpact.indicators.BreakdownKind.GENDER)
                .map(breakdown -> breakdown.suppressed() == null && !breakdown.cells().isEmpty()).orElse(false)).count();
        assertThat(figures).isEqualTo(1 + (int) byGender);
        assertThat(count(html, "<svg ")).isEqualTo(figures);
        assertThat(count(html, "<details class=\"fallback\">")).isEqualTo(figures);
        assertThat(count(html, "role=\"img\" aria-labelledby=")).isEqualTo(figures);
        assertThat(html).contains("<rect ").contains("id=\"waterfall\"");
    }

    @Test
    void everyReportSaysDifferencingIsNotProtectedAgainst() {
        assertThat(report(ReportLanguage.EN).html()).contains("Limit: comparing this report with another of almost the same people");
        assertThat(report(ReportLanguage.EN).markdown()).contains("Limit: comparing this report with another of almost the same people");
        assertThat(report(ReportLanguage.FR).html()).contains("Limite : comparer ce rapport à un autre");
        assertThat(report(ReportLanguage.FR).markdown()).contains("Limite : comparer ce rapport à un autre");
    }

    @Test
    void maskedCellsStayMaskedInTheJsonMarkdownAndHtmlReportsOfSeededCooperatives() throws IOException {
        int maskedRows = 0;
        int maskedEsf = 0;
        for (long seed = 1; seed <= 3; seed++) {
            for (int size : new int[] {12, 25, 40}) {
                Dataset generated = SampleCae.generate(seed, size);
                Release published = Release.of(IndicatorEngine.of(Catalogue.shipped()), generated, MeasureOptions.defaults());
                ImpactMap valued = map.withoutOutcomesBoundTo(published.indicators().indicators().stream()
                        .filter(section -> section.overall().isMasked()).map(section -> section.indicatorId())
                        .collect(java.util.stream.Collectors.toSet()));
                SroiResult result = SroiEngine.evaluate(valued, QuantityBindings.fromIndicators(published.indicators()));
                ReportLanguage language = seed % 2 == 0 ? ReportLanguage.FR : ReportLanguage.EN;
                ImpactReport report = ImpactReport.of(null, generated, Catalogue.shipped(), published, valued, result, language);
                JsonNode json = new ObjectMapper().readTree(report.json());
                String markdown = report.markdown();
                String html = report.html();
                String context = "seed " + seed + ", " + size + " people";
                for (var section : published.indicators().indicators()) {
                    JsonNode row = dashboardRow(json, section.indicatorId());
                    assertThat(row.get("masked").asBoolean()).as(context + " " + section.indicatorId()).isEqualTo(section.overall().isMasked());
                    if (!section.overall().isMasked()) {
                        assertThat(row.get("n").asText()).as(context).isEqualTo(Long.toString(section.overall().result().counted()));
                        continue;
                    }
                    maskedRows++;
                    String label = row.get("value").asText();
                    assertThat(row.get("interval").asText() + row.get("n").asText() + row.get("missing").asText()).as(context).isEmpty();
                    assertThat(markdown).as(context).contains("| " + section.indicatorId() + " | " + row.get("label").asText() + " | "
                            + label + " |  |  |  |  |");
                    assertThat(html).as(context).contains("<tr class=\"masked-row\"><td>" + section.indicatorId() + "</td>");
                }
                for (var esfRow : published.esf().rows()) {
                    JsonNode cells = esfRow(json, esfRow.code()).get("cells");
                    String[] texts = new String[5];
                    for (int g = 0; g < 5; g++) {
                        boolean masked = g < 4 ? esfRow.masked().containsKey(io.github.caeimpact.indicators.PublishedEsfReport.GENDERS.get(g))
                                : esfRow.totalMasked() != null;
                        assertThat(cells.get(g).get("masked").asBoolean()).as(context + " " + esfRow.code()).isEqualTo(masked);
                        texts[g] = cells.get(g).get("text").asText();
                        maskedEsf += masked ? 1 : 0;
                        if (masked) {
                            assertThat(texts[g]).doesNotContainPattern("[0-9]");
                        }
                    }
                    assertThat(markdown).as(context).contains("| " + esfRow.code() + " | " + esfRow(json, esfRow.code()).get("label").asText()
                            + " | " + String.join(" | ", texts) + " |");
                }
            }
        }
        assertThat(maskedRows).isPositive();
        assertThat(maskedEsf).isPositive();
    }

    private static JsonNode dashboardRow(JsonNode json, String id) {
        for (JsonNode dimension : json.get("dimensions")) {
            for (JsonNode row : dimension.get("indicators")) {
                if (row.get("id").asText().equals(id)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no dashboard row " + id);
    }

    private static JsonNode esfRow(JsonNode json, String code) {
        for (JsonNode row : json.get("esf").get("rows")) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no ESF+ row " + code);
    }

    @Test
    void stakeholdersAndOutcomesAreDescribedInTheReportsLanguage() {
        // The assumptions name each outcome's stakeholder in full.
        assertThat(report(ReportLanguage.FR).markdown()).contains("(L'État, la sécurité sociale et les collectivités)")
                .doesNotContain("(State, social security and local authorities)");
        assertThat(report(ReportLanguage.EN).markdown()).contains("(State, social security and local authorities)")
                .doesNotContain("(L'État, la sécurité sociale et les collectivités)");
        // And each outcome's description.
        assertThat(report(ReportLanguage.FR).markdown()).contains("Cotisations sociales patronales et salariales payées")
                .doesNotContain("Employer and employee social contributions paid");
        assertThat(report(ReportLanguage.EN).markdown()).contains("Employer and employee social contributions paid")
                .doesNotContain("Cotisations sociales patronales et salariales payées");
    }

    @Test
    void aReportOfAReleaseWithACellKeySaysDifferencingIsProtected() {
        Release perturbed = Release.of(IndicatorEngine.of(Catalogue.shipped()), dataset, MeasureOptions.defaults(),
                io.github.caeimpact.indicators.disclosure.CellKey.of("a secret key of thirty-two bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        String english = ImpactReport.of(null, dataset, Catalogue.shipped(), perturbed, map, sroi, ReportLanguage.EN).markdown();
        String french = ImpactReport.of(null, dataset, Catalogue.shipped(), perturbed, map, sroi, ReportLanguage.FR).html();
        assertThat(english).contains("perturbed by the cell-key method").doesNotContain("Limit: comparing this report");
        assertThat(french).contains("méthode de la clé de cellule").doesNotContain("Limite : comparer ce rapport");
    }

    @Test
    void theDisclosureNoteCountsTheNestedDifferencesProtectedAndThePopulationDifferencesLeft() {
        var statement = release.disclosure();
        assertThat(report(ReportLanguage.EN).markdown()).contains("Nested figures: " + statement.differences() + " differences")
                .contains(statement.populationDifferences() + " pairs of published populations differ by fewer than 5 people");
        assertThat(report(ReportLanguage.FR).html()).contains("Chiffres emboîtés : " + statement.differences() + " différences")
                .contains(statement.populationDifferences() + " paires de populations publiées");
    }

    @Test
    void theDisclosureNoteStatesTheReleaseMasksByReasonAndRelationsInTheReportLanguage() {
        var statement = release.disclosure();
        String english = report(ReportLanguage.EN).markdown();
        String french = report(ReportLanguage.FR).markdown();
        assertThat(english).contains("over the " + Formats.number(java.math.BigDecimal.valueOf(statement.relations()), 0) + " relations");
        assertThat(french).contains("sur les " + Formats.number(java.math.BigDecimal.valueOf(statement.relations()), 0) + " relations");
        assertThat(statement.masked()).isNotEmpty();
        statement.masked().forEach((reason, count) -> {
            String shown = Formats.number(java.math.BigDecimal.valueOf(count), 0);
            assertThat(english).contains(shown + " " + Labels.of(ReportLanguage.EN).text("mask" + reason.name()));
            assertThat(french).contains(shown + " " + Labels.of(ReportLanguage.FR).text("mask" + reason.name()));
        });
    }

    @Test
    void maskedCellsAreMarkedNeverShown() {
        String html = report(ReportLanguage.EN).html();
        long masked = indicators.indicators().stream().filter(s -> s.overall().isMasked()).count();
        assertThat(count(html, "class=\"masked-row\"")).isEqualTo((int) masked);
        assertThat(html).contains("class=\"masked-cell\"").contains("masked");
    }

    @Test
    void printStylesAreIncluded() {
        assertThat(report(ReportLanguage.EN).html()).contains("@media print");
    }

    @Test
    void markdownAndJsonCarryTheSameFiguresAndBothLanguagesLabels() throws IOException {
        ImpactReport report = report(ReportLanguage.FR);
        String ratio = Formats.ratio(sroi.sroiRatio());
        assertThat(report.markdown()).startsWith("# Rapport d'impact CAE-IMPACT").contains("| " + ratio + " |");
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertThat(json.get("lang").asText()).isEqualTo("fr");
        JsonNode first = json.get("dimensions").get(0).get("indicators").get(0);
        assertThat(first.get("labels").get("fr").asText()).isNotBlank();
        assertThat(first.get("labels").get("en").asText()).isNotBlank();
        assertThat(json.get("sroi").get("headline").asText()).isEqualTo(ratio);
        assertThat(report.json()).isEqualTo(report(ReportLanguage.FR).json());
    }

    @Test
    void localPublicMoneyAndEachKindOfFunderAreShownInBothLanguages() {
        String local = Formats.ratio(sroi.valuePerEuroOfLocalPublicMoney());
        assertThat(report(ReportLanguage.FR).html()).contains("Valeur par euro d&#39;argent public local")
                .contains(local).contains("Départements").contains("Fonds social européen (FSE+)");
        assertThat(report(ReportLanguage.EN).markdown()).contains("| Value per euro of local public money (commune, EPCI, département, région) | "
                + local + " |").contains("| European Social Fund (ESF+) | " + Formats.ratio(sroi.valuePerEuroByFunderKind().get("ESF")) + " |");
    }

    @Test
    void theUncertaintyPartsAreShownOnlyWhenAnalysedWithTheMonteCarloSeedStated() throws IOException {
        assertThat(report(ReportLanguage.EN).html()).doesNotContain("id=\"tornado\"").doesNotContain("id=\"histogram\"");
        EvaluationPlan plan = SroiEngine.compile(map, QuantityBindings.fromIndicators(indicators), ProxyLibrary.standard(),
                PriceIndex.standard());
        MonteCarloResult simulation = MonteCarlo.run(plan, map.distributions(), 500, 42, 1, 1);
        UncertaintyReport valuation = new UncertaintyReport(sroi, SensitivityAnalysis.of(plan, map.distributions(),
                SensitivityAnalysis.DEFAULT_PERCENT), BreakEvenAnalysis.of(plan, 1), simulation);
        ImpactReport fr = ImpactReport.of(null, dataset, Catalogue.shipped(), release, map, valuation, ReportLanguage.FR);
        assertThat(fr.html()).contains("id=\"tornado\"").contains("id=\"histogram\"").contains("table class=\"break-even\"")
                .contains("Probabilité que le ratio dépasse 1").contains(Formats.percent(simulation.probabilityRatioAboveOne()));
        assertThat(fr.markdown()).contains("| Graine | 42 |").contains("| Tirages | 500 |");
        String histogram = fr.html().substring(fr.html().indexOf("id=\"histogram\""));
        if (UncertaintySection.ratioOneAt(simulation.histogram()) != null) {
            assertThat(histogram.substring(0, histogram.indexOf("</svg>"))).contains("class=\"reference\"").contains(">ratio 1<");
        }
        JsonNode json = new ObjectMapper().readTree(fr.json());
        assertThat(json.get("sroi").get("tornado").get("rows")).hasSizeLessThanOrEqualTo(UncertaintySection.TORNADO_ROWS).isNotEmpty();
        assertThat(json.get("sroi").get("monteCarlo").get("histogram").get("rows")).hasSize(simulation.histogram().size());
    }

    @Test
    void aMapWithoutItsValuationIsRefused() {
        assertThatThrownBy(() -> ImpactReport.of(null, dataset, Catalogue.shipped(), release, map, (SroiResult) null, ReportLanguage.FR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("map and sroi");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void outcomesLeftOutOfTheValuationAreStatedInTheReportLanguage() {
        ImpactReport english = report(ReportLanguage.EN).withOutcomesLeftOut(java.util.List.of("in-work (EXI04)"));
        ImpactReport french = report(ReportLanguage.FR).withOutcomesLeftOut(java.util.List.of("in-work (EXI04)"));
        assertThat(english.markdown()).contains("Valued on published figures only").contains("in-work (EXI04)");
        assertThat(english.html()).contains("Valued on published figures only").contains("in-work (EXI04)");
        assertThat(french.markdown()).contains("Valorisation sur les chiffres publiés seulement").contains("in-work (EXI04)");
        assertThat(report(ReportLanguage.EN).markdown()).doesNotContain("Valued on published figures only");
        assertThatThrownBy(() -> report(ReportLanguage.EN).withOutcomesLeftOut(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("outcomes");
    }
}
