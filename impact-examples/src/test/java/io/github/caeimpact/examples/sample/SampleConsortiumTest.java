package io.github.caeimpact.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.validation.DatasetValidator;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleConsortiumTest {

    @Test
    void consortiumHasSevenCooperativesAnd569EntrepreneursOverTheProgrammePeriod() {
        Dataset consortium = SampleConsortium.shipped();
        assertThat(consortium.organisations()).hasSize(7);
        assertThat(consortium.participants()).hasSize(SampleConsortium.ENTREPRENEURS).hasSize(569);
        assertThat(consortium.period().start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(consortium.period().end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(consortium.participants()).allSatisfy(p -> assertThat(p.pathway().entryDate().orElseThrow())
                .isBetween(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 12, 31)));
    }

    @Test
    void cooperativesDifferInTerritorySectorAndSize() {
        Dataset consortium = SampleConsortium.shipped();
        assertThat(consortium.organisations()).extracting(o -> o.territory().departementCode())
                .doesNotHaveDuplicates().contains("974", "23");
        assertThat(consortium.organisations()).extracting(o -> o.territory().areaType()).contains(AreaType.RURAL, AreaType.URBAN);
        assertThat(consortium.organisations()).extracting(o -> o.sectors().get(0)).doesNotHaveDuplicates();
        Map<String, Long> sizes = consortium.participants().stream()
                .collect(Collectors.groupingBy(Participant::organisationId, Collectors.counting()));
        assertThat(sizes.values().stream().distinct()).hasSize(7);
        Organisation largest = consortium.organisations().stream().max((a, b) -> Long.compare(sizes.get(a.id()), sizes.get(b.id())))
                .orElseThrow();
        assertThat(largest.fundings().get(0).amount().amount())
                .isGreaterThan(consortium.organisations().get(4).fundings().get(0).amount().amount());
    }

    @Test
    void consortiumIsValidForManySeedsAndTheSameSeedGivesTheSameJson() {
        DatasetValidator validator = DatasetValidator.create();
        for (long seed = 0; seed < 10; seed++) {
            assertThat(validator.validate(SampleConsortium.generate(seed)).errors()).as("seed %d", seed).isEmpty();
        }
        assertThat(ImpactJson.writeString(SampleConsortium.generate(3)))
                .isEqualTo(ImpactJson.writeString(SampleConsortium.generate(3)));
    }
}
