package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatasetHeaderTest {

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFieldsBeforeTheParticipantsOnly() {
        // The participants array is never read: its content here is not even valid JSON.
        DatasetHeader header = DatasetHeader.read(json("""
                {"schemaVersion": "1.0", "referenceDate": "2026-03-31", "period": {"start": "2025-01-01", "end": "2025-12-31"},
                 "organisations": [], "participants": [ this is not read
                """));
        assertThat(header.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(header.period().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(header.organisations()).isEmpty();
    }

    @Test
    void missingFieldsAreListedWithTheirPaths() {
        assertThatThrownBy(() -> DatasetHeader.read(json("{\"participants\": []}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(p -> p.path()).containsExactly("$.referenceDate", "$.period", "$.organisations"));
    }

    @Test
    void malformedValueNamesThePath() {
        assertThatThrownBy(() -> DatasetHeader.read(json("{\"referenceDate\": \"31/03/2026\", \"participants\": []}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(p -> p.path()).containsExactly("$.referenceDate"));
        assertThatThrownBy(() -> DatasetHeader.read(json("[]"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.report().errors()).extracting(p -> p.path()).containsExactly("$"));
    }
}
