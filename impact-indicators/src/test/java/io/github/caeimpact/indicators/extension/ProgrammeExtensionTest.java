package io.github.caeimpact.indicators.extension;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Fixtures;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.IndicatorReport;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeExtensionTest {

    private static Catalogue extended(String resource) throws Exception {
        try (InputStream in = ProgrammeExtensionTest.class.getResourceAsStream(resource)) {
            return Catalogue.shipped().withExtension(in);
        }
    }

    @Test
    void extraCatalogueAddsAndReplacesIndicatorsAndServiceLoaderFindsTheirCalculators() throws Exception {
        Catalogue catalogue = extended("programme-x.json");
        assertThat(catalogue.sources()).containsExactly("CAE-IMPACT 1.0.0", "PROGRAMME-X 0.1.0");
        assertThat(catalogue.definition("XPR01").esfCodes()).containsExactly("EECO17");
        assertThat(catalogue.definition("PUB03").version()).isEqualTo("1.1.0");
        assertThat(catalogue.sourceOf("PUB03")).isEqualTo("PROGRAMME-X 0.1.0");
        assertThat(catalogue.sourceOf("PUB04")).isEqualTo("CAE-IMPACT 1.0.0");

        IndicatorEngine engine = IndicatorEngine.of(catalogue);
        assertThat(engine.calculators().get("XPR01")).isInstanceOf(RuralEntrantsCalculator.class);
        assertThat(engine.calculators().get("PUB03")).isInstanceOf(WomenIncludingUndisclosedCalculator.class);
        assertThat(engine.unusedCalculators()).isEmpty();

        // Three entrants: a rural woman, a man (rural not disclosed), an undisclosed-gender urban person.
        // XPR01 = 1 rural / 2 disclosed = 0.5 (1 missing); PUB03 1.1.0 = 1 woman / 3 entrants.
        List<Participant> people = List.of(
                person("w").gender(Gender.WOMAN).flags(null, null, null, null, null, true, null).events(event(EventType.CAPE_START, "2025-02-01")).build(),
                person("m").gender(Gender.MAN).events(event(EventType.CAPE_START, "2025-03-01")).build(),
                person("u").gender(Gender.UNDISCLOSED).flags(null, null, null, null, null, false, null).events(event(EventType.CESA_SIGNED, "2025-04-01")).build());
        IndicatorReport report = engine.measure(Fixtures.dataset(List.of(Fixtures.cae("cae-a")), people),
                MeasureOptions.defaults().withDisclosureThreshold(1));
        assertThat(report.catalogue()).containsExactly("CAE-IMPACT 1.0.0", "PROGRAMME-X 0.1.0");
        assertThat(report.value("XPR01")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(report.result("XPR01").orElseThrow().missing()).isEqualTo(1);
        // The extension attaches the standard warnings through the public API: 2 counted, 1 of 3 missing.
        assertThat(report.result("XPR01").orElseThrow().warnings()).extracting(io.github.caeimpact.indicators.Warning::code)
                .containsExactly(io.github.caeimpact.indicators.Warning.SMALL_SAMPLE, io.github.caeimpact.indicators.Warning.HIGH_MISSING);
        assertThat(report.value("PUB03").orElseThrow().doubleValue()).isEqualTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void theSameExtensionDeclaredAsDataMeasuresLikeItsJavaCalculators() throws Exception {
        Catalogue java = extended("programme-x.json");
        Catalogue data = extended("programme-x-declared.json");
        assertThat(IndicatorEngine.of(data).calculators().get("XPR01")).isNotInstanceOf(RuralEntrantsCalculator.class);
        assertThat(data.definition("XPR01").esfCodes()).containsExactly("EECO17");
        for (long seed : new long[] {3L, 44L}) {
            io.github.caeimpact.model.Dataset dataset = Fixtures.dataset(io.github.caeimpact.indicators.ParticipantGenerator.ORGANISATIONS,
                    new io.github.caeimpact.indicators.ParticipantGenerator(seed).participants(120));
            IndicatorReport expected = IndicatorEngine.of(java).measure(dataset, MeasureOptions.defaults());
            IndicatorReport actual = IndicatorEngine.of(data).measure(dataset, MeasureOptions.defaults());
            assertThat(actual.section("XPR01")).as("XPR01, seed " + seed).isEqualTo(expected.section("XPR01"));
            assertThat(actual.section("PUB03")).as("PUB03, seed " + seed).isEqualTo(expected.section("PUB03"));
        }
    }

    @Test
    void shippedCatalogueIgnoresTheExtensionCalculators() {
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        assertThat(engine.unusedCalculators()).containsExactly("XPR01");
        assertThat(engine.calculators().get("PUB03")).isNotInstanceOf(WomenIncludingUndisclosedCalculator.class);
    }

    @Test
    void replacementWithoutAHigherVersionIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> extended("programme-y-conflict.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PUB03 1.0.0 in PROGRAMME-Y 0.1.0")
                .hasMessageContaining("PUB03 1.0.0 in CAE-IMPACT 1.0.0")
                .hasMessageContaining("higher version");
    }

    @Test
    void replacementComputingAnotherStatisticIsRefusedNamingIndicatorDefinitionAndCalculator() throws Exception {
        Catalogue catalogue = extended("programme-z-median.json");
        assertThat(catalogue.definition("PUB03").version()).isEqualTo("2.0.0");
        assertThatThrownBy(() -> IndicatorEngine.of(catalogue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUB03 2.0.0 is a MEDIAN in DAYS")
                .hasMessageContaining("io.github.caeimpact.indicators.internal.PublicsCalculators$Pub03")
                .hasMessageContaining("computes a PROPORTION in SHARE");
    }
}
