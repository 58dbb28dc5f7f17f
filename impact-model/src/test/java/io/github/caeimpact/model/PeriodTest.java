package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.json.internal.StrictJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @Test
    void yearRunsFromFirstToLastDay() {
        assertThat(Period.ofYear(2025)).isEqualTo(Period.of(JAN_1, DEC_31));
        assertThat(Period.ofYear(2024).lengthInDays()).isEqualTo(366);
    }

    @Test
    void oneDayPeriodIsAllowed() {
        assertThat(Period.of(JAN_1, JAN_1).lengthInDays()).isEqualTo(1);
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> Period.of(DEC_31, JAN_1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("end");
        assertThatThrownBy(() -> Period.of(null, JAN_1)).isInstanceOf(NullPointerException.class).hasMessage("start");
    }

    @Test
    void containsIncludesBothEnds() {
        Period year = Period.ofYear(2025);
        assertThat(year.contains(JAN_1)).isTrue();
        assertThat(year.contains(DEC_31)).isTrue();
        assertThat(year.contains(DEC_31.plusDays(1))).isFalse();
        assertThat(year.contains(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void overlapNeedsASharedDay() {
        Period year = Period.ofYear(2025);
        assertThat(year.overlaps(Period.of(DEC_31, DEC_31.plusDays(5)))).isTrue();
        assertThat(year.overlaps(Period.ofYear(2026))).isFalse();
        assertThat(Period.ofYear(2026).overlaps(year)).isFalse();
    }

    @Test
    void withEndKeepsTheStart() {
        assertThat(Period.ofYear(2025).withEnd(JAN_1.plusDays(9))).isEqualTo(Period.of(JAN_1, JAN_1.plusDays(9)));
    }

    @Test
    void jsonHasStartAndEnd() throws Exception {
        var mapper = StrictJson.mapper();
        String json = mapper.writeValueAsString(Period.ofYear(2025));
        assertThat(json).contains("\"start\" : \"2025-01-01\"").contains("\"end\" : \"2025-12-31\"");
        assertThat(mapper.readValue(json, Period.class)).isEqualTo(Period.ofYear(2025));
    }
}
