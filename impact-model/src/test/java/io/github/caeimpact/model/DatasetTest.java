package io.github.caeimpact.model;

import static io.github.caeimpact.model.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void organisationsAreFoundById() {
        Dataset dataset = Fixtures.dataset(participant().build());
        assertThat(dataset.organisation("cae-1")).get().extracting(Organisation::kind).isEqualTo(OrganisationKind.CAE);
        assertThat(dataset.organisation("cae-2")).isEmpty();
    }

    @Test
    void currentFormatVersionIsWritten() {
        assertThat(io.github.caeimpact.model.json.ImpactJson.writeString(Fixtures.dataset()))
                .contains("\"schemaVersion\" : \"" + Dataset.SCHEMA_VERSION + "\"");
    }

    @Test
    void withParticipantsKeepsTheRest() {
        Dataset dataset = Fixtures.dataset(participant().build());
        Dataset empty = dataset.withParticipants(List.of());
        assertThat(empty.participants()).isEmpty();
        assertThat(empty.organisations()).isEqualTo(dataset.organisations());
        assertThat(new Dataset("1.0", null, null, null, null).participants()).isEmpty();
    }

    @Test
    void supportHoursAreValuedWhenAnHourlyValueIsGiven() {
        SupportInput valued = new SupportInput(SupportRole.BUSINESS_ADVISER, new BigDecimal("10.5"), Period.ofYear(2025),
                Money.parse("40"));
        assertThat(valued.value()).contains(Money.parse("420"));
        assertThat(new SupportInput(SupportRole.VOLUNTEER, BigDecimal.TEN, Period.ofYear(2025), null).value()).isEmpty();
    }
}
