package io.github.caeimpact.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.uncertainty.HistogramBin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the report writes break-even values and where it marks ratio 1 on the histogram. */
class UncertaintySectionTest {

    private final Labels french = Labels.of(ReportLanguage.FR);
    private final Labels english = Labels.of(ReportLanguage.EN);

    @Test
    void breakEvenValuesAreWrittenInTheirParametersUnit() {
        assertThat(UncertaintySection.inUnit(french, "deadweight", 0.5)).isEqualTo("50,0\u00a0%");
        assertThat(UncertaintySection.inUnit(french, "discountRate", 0.035)).isEqualTo("3,5\u00a0%");
        assertThat(UncertaintySection.inUnit(french, "proxy", 1234.5)).isEqualTo("1\u00a0234,50\u00a0€");
        assertThat(UncertaintySection.inUnit(french, "amount", 250000)).isEqualTo("250\u00a0000,00\u00a0€");
        assertThat(UncertaintySection.inUnit(french, "durationYears", 2.5)).isEqualTo("2,50 ans");
        assertThat(UncertaintySection.inUnit(english, "durationYears", 2.5)).isEqualTo("2,50 years");
        assertThat(UncertaintySection.inUnit(french, "quantity", 12.3456)).isEqualTo("12,346");
    }

    @Test
    void ratioOneIsMarkedWhereItFallsAmongTheBins() {
        assertThat(UncertaintySection.ratioOneAt(List.of(new HistogramBin(0.5, 0.75, 3), new HistogramBin(0.75, 1.0, 4),
                new HistogramBin(1.0, 1.25, 5)))).isEqualTo(2.0);
        assertThat(UncertaintySection.ratioOneAt(List.of(new HistogramBin(0.8, 0.9, 3), new HistogramBin(0.9, 1.1, 4))))
                .isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(UncertaintySection.ratioOneAt(List.of(new HistogramBin(0.5, 1.0, 3)))).isEqualTo(1.0);
        assertThat(UncertaintySection.ratioOneAt(List.of(new HistogramBin(1.5, 2.0, 3), new HistogramBin(2.0, 2.5, 1)))).isNull();
    }
}
