package io.github.caeimpact.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.IndicatorUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyIsFrenchWithNoBreakSpacesAndHalfEvenCents() {
        assertThat(Formats.money(new BigDecimal("1234.565"))).isEqualTo("1\u00a0234,56\u00a0€");
        assertThat(Formats.money(new BigDecimal("1234567.5"))).isEqualTo("1\u00a0234\u00a0567,50\u00a0€");
        assertThat(Formats.money(new BigDecimal("-2023780.944"))).isEqualTo("\u22122\u00a0023\u00a0780,94\u00a0€");
        assertThat(Formats.moneyRounded(new BigDecimal("999.5"))).isEqualTo("1\u00a0000\u00a0€");
    }

    @Test
    void sharesArePercentsToOneDecimal() {
        assertThat(Formats.percent(new BigDecimal("0.375"))).isEqualTo("37,5\u00a0%");
        assertThat(Formats.percent(new BigDecimal("0.12345"))).isEqualTo("12,3\u00a0%");
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(Formats.date(LocalDate.of(2021, 6, 30))).isEqualTo("30/06/2021");
    }

    @Test
    void unitsTakeTheReportsWords() {
        assertThat(Formats.inUnit(new BigDecimal("92"), IndicatorUnit.DAYS, Labels.of(ReportLanguage.FR))).isEqualTo("92,0\u00a0jours");
        assertThat(Formats.inUnit(new BigDecimal("490.3196"), IndicatorUnit.EUR_PER_MONTH, Labels.of(ReportLanguage.EN)))
                .isEqualTo("490,32\u00a0€\u00a0per month");
        assertThat(Formats.inUnit(new BigDecimal("569"), IndicatorUnit.COUNT, Labels.of(ReportLanguage.EN))).isEqualTo("569");
    }

    @Test
    void svgCoordinatesUseADotWhateverTheLocale() {
        assertThat(Formats.coordinate(12.345)).isEqualTo("12.3");
    }
}
