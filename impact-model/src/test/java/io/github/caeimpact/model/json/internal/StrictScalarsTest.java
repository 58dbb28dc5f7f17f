package io.github.caeimpact.model.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrictScalarsTest {

    private static final ObjectReader DATES = StrictJson.mapper().readerFor(LocalDate.class);

    /** The ISO formatter's answer (strict, as Jackson's), null where it refuses. */
    private static LocalDate iso(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException refused) {
            return null;
        }
    }

    @Test
    void aPlainDateIsReadAsTheIsoFormatterReadsItAndNothingElseIs() {
        SplittableRandom random = new SplittableRandom(2_026L);
        for (int i = 0; i < 200_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(20), random.nextInt(40));
            assertThat(StrictScalars.plainDate(text)).as(text).isEqualTo(iso(text));
        }
        for (String other : new String[] {"2025-1-01", "2025/01/01", "+2025-01-01", "20250101", "2025-01-01T00:00",
            "2025-0a-01", "２０２５-01-01", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29"}) {
            LocalDate quick = StrictScalars.plainDate(other);
            if (quick != null) {
                assertThat(quick).as(other).isEqualTo(iso(other));
            }
        }
        assertThat(StrictScalars.plainDate("2025-1-01")).isNull();
        assertThat(StrictScalars.plainDate("２０２５-01-01")).as("digits of another script").isNull();
    }

    @Test
    void datesReadThroughTheMapperAreTheIsoDatesAndAMissingDayIsStillRefused() throws IOException {
        assertThat((LocalDate) DATES.readValue("\"2024-02-29\"")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> DATES.readValue("\"2023-02-29\"")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DATES.readValue("\" 2024-02-28\"")).isInstanceOf(IOException.class)
                .hasMessageContaining("white space");
    }
}
