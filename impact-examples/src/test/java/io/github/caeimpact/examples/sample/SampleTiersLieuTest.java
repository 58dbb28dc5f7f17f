package io.github.caeimpact.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.validation.DatasetValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleTiersLieuTest {

    private static final Path SHIPPED = Path.of("data", "sample-tiers-lieu.json");

    @Test
    void tiersLieuIsValidAndMeasuredWithTheTiersLieuIndicators() {
        Dataset dataset = SampleTiersLieu.shipped();
        assertThat(DatasetValidator.create().validate(dataset).errors()).isEmpty();
        assertThat(dataset.organisations()).singleElement().extracting(o -> o.kind()).isEqualTo(OrganisationKind.TIERS_LIEU);
        assertThat(dataset.participants()).extracting(p -> p.relationship())
                .contains(Relationship.MEMBER, Relationship.RESIDENT, Relationship.USER);
        IndicatorReport report = IndicatorEngine.of(Catalogue.shipped()).measure(dataset, MeasureOptions.defaults());
        long members = dataset.participants().stream().filter(p -> p.relationship() == Relationship.MEMBER).count();
        assertThat(report.value("TLI01")).isPresent();
        assertThat(report.value("TLI01").orElseThrow().longValue()).isPositive().isLessThanOrEqualTo(members);
        assertThat(report.value("TLI02")).isPresent();
        assertThat(report.value("TLI03")).isPresent();
        assertThat(report.value("TLI03").orElseThrow().doubleValue()).isBetween(0.5, 0.9);
    }

    @Test
    void shippedFileIsTheGeneratedDataset() throws IOException {
        String generated = ImpactJson.writeString(SampleTiersLieu.shipped());
        if (Boolean.getBoolean("sample.update")) {
            Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void refusesNoPeople() {
        assertThatThrownBy(() -> SampleTiersLieu.generate(1, 0)).hasMessageContaining("people");
    }
}
