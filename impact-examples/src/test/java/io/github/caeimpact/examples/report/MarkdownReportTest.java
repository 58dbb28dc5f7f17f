package io.github.caeimpact.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.IndicatorUnit;
import io.github.caeimpact.indicators.MeasureOptions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void sharesArePercentsRoundedHalfEvenToOneDecimal() {
        // 0.5952380952 -> 59.52380952 % -> 59.5 %; 0.12345 -> 12.345 % -> 12.3 % (the dropped digits 45 are below a half).
        assertThat(MarkdownReport.format(new BigDecimal("0.5952380952"), IndicatorUnit.SHARE)).isEqualTo("59.5 %");
        assertThat(MarkdownReport.format(new BigDecimal("0.12345"), IndicatorUnit.SHARE)).isEqualTo("12.3 %");
        // Half-even at the tie: 0.12250 -> 12.250 % -> 12.2 %, 0.12350 -> 12.4 %.
        assertThat(MarkdownReport.format(new BigDecimal("0.12250"), IndicatorUnit.SHARE)).isEqualTo("12.2 %");
        assertThat(MarkdownReport.format(new BigDecimal("0.12350"), IndicatorUnit.SHARE)).isEqualTo("12.4 %");
    }

    @Test
    void moneyIsShownToTheCentAndCountsWhole() {
        assertThat(MarkdownReport.format(new BigDecimal("827911.666"), IndicatorUnit.EUR)).isEqualTo("827911.67 EUR");
        assertThat(MarkdownReport.format(new BigDecimal("42"), IndicatorUnit.COUNT)).isEqualTo("42");
        assertThat(MarkdownReport.format(null, IndicatorUnit.COUNT)).isEmpty();
    }

    @Test
    void everyIndicatorHasARowAndMaskedOnesStayMasked() {
        Catalogue catalogue = Catalogue.shipped();
        IndicatorReport report = IndicatorEngine.of(catalogue).measure(SampleCae.shipped(), MeasureOptions.defaults());
        String markdown = MarkdownReport.render("Sample", catalogue, report, null);
        report.indicators().forEach(section -> assertThat(markdown).contains("| " + section.indicatorId() + " | "));
        report.indicators().stream().filter(section -> section.overall().result() == null)
                .forEach(section -> assertThat(markdown).contains("| " + section.indicatorId() + " | "
                        + catalogue.definition(section.indicatorId()).label().en() + " | masked |"));
        assertThat(markdown).doesNotContain("## SROI");
    }

    @Test
    void everyReportSaysDifferencingIsNotProtectedAgainst() {
        Catalogue catalogue = Catalogue.shipped();
        IndicatorReport report = IndicatorEngine.of(catalogue).measure(SampleCae.shipped(), MeasureOptions.defaults());
        assertThat(MarkdownReport.render("Sample", catalogue, report, null)).contains("Differencing is not protected against");
    }
}
