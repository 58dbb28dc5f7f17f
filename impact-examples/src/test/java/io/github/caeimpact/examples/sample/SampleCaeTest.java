package io.github.caeimpact.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleCaeTest {

    /** The shipped file; regenerate with {@code mvn -pl impact-examples test -Dsample.update=true}. */
    private static final Path SHIPPED = Path.of("data", "sample-cae.json");

    @Test
    void generatedDatasetsAreValidForManySeeds() {
        DatasetValidator validator = DatasetValidator.create();
        for (long seed = 0; seed < 200; seed++) {
            ValidationReport report = validator.validate(SampleCae.generate(seed, 60));
            assertThat(report.errors()).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void sameSeedGivesByteIdenticalJson() {
        assertThat(ImpactJson.writeString(SampleCae.generate(7, 80)))
                .isEqualTo(ImpactJson.writeString(SampleCae.generate(7, 80)));
    }

    @Test
    void shippedDatasetHasTheDocumentedShape() {
        Dataset dataset = SampleCae.shipped();
        assertThat(dataset.participants()).hasSize(SampleCae.SHIPPED_PARTICIPANTS);
        long women = dataset.participants().stream().filter(p -> p.gender() == Gender.WOMAN).count();
        assertThat(women * 2).as("a majority of women").isGreaterThan(dataset.participants().size());
        assertThat(dataset.participants()).anyMatch(p -> p.pathway().exit().isPresent());
        assertThat(dataset.participants()).allMatch(p -> !p.surveys().isEmpty() || p.pathway().entryDate().isPresent());
        assertThat(dataset.participants().stream().map(Participant::id).distinct().count())
                .isEqualTo(dataset.participants().size());
    }

    @Test
    void shippedFileIsTheGeneratedDatasetAndReadsBack() throws IOException {
        String generated = ImpactJson.writeString(SampleCae.shipped());
        if (Boolean.getBoolean("sample.update")) {
            Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
                .as("data/sample-cae.json drifted from SampleCae; regenerate with -Dsample.update=true")
                .isEqualTo(generated);
        assertThat(ImpactJson.read(generated)).isEqualTo(SampleCae.shipped());
    }

    @Test
    void consortiumIsValidWithOneOrganisationPerSite() {
        DatasetValidator validator = DatasetValidator.create();
        for (long seed = 0; seed < 20; seed++) {
            Dataset consortium = SampleCae.consortium(seed, 7, 30);
            assertThat(validator.validate(consortium).errors()).as("seed %d", seed).isEmpty();
            assertThat(consortium.organisations()).hasSize(7);
            assertThat(consortium.participants()).hasSize(7 * 30);
            assertThat(consortium.organisations().stream().map(o -> o.territory().departementCode()).distinct()).hasSize(7);
            for (var organisation : consortium.organisations()) {
                assertThat(consortium.participants().stream().filter(p -> p.organisationId().equals(organisation.id())))
                        .hasSize(30);
            }
        }
    }

    @Test
    void consortiumRefusesCountsOutOfRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SampleCae.consortium(1, 8, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisations");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SampleCae.consortium(1, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participantsEach");
    }
}
