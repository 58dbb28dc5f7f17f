package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shippedCatalogueHasAtLeast35IndicatorsCoveringEveryDimension() {
        Catalogue catalogue = Catalogue.shipped();
        assertThat(catalogue.definitions()).hasSizeGreaterThanOrEqualTo(35);
        for (Dimension dimension : Dimension.values()) {
            assertThat(catalogue.byDimension(dimension)).as("dimension %s", dimension).isNotEmpty();
        }
        assertThat(catalogue.sources()).containsExactly("CAE-IMPACT 1.0.0");
    }

    @Test
    void shippedCatalogueHoldsTheDomainStartingList() {
        Catalogue catalogue = Catalogue.shipped();
        List<String> required = List.of("PUB01", "PUB02", "PUB03", "PUB04", "PUB05", "PUB06", "PUB07", "PUB08", "PUB09", "PUB10",
                "RIG01", "RIG02", "RIG03", "ACT01", "ACT02", "ACT03", "INC01", "INC02", "INC03", "SKI01", "SKI02", "SKI03",
                "COO01", "COO02", "COO03", "COO04", "WEL01", "WEL02", "EXI01", "EXI02", "EXI03", "EXI04", "EXI05", "PFI01", "PFI02",
                "INN01", "INN02", "TLI01", "TLI02", "TLI03");
        for (String id : required) {
            assertThat(catalogue.find(id)).as(id).isPresent();
        }
    }

    @Test
    void everySurveyIndicatorReadsItemsDefinedInItsInstrumentWithTheRightType() {
        Catalogue catalogue = Catalogue.shipped();
        for (IndicatorDefinition definition : catalogue.definitions()) {
            boolean surveySource = definition.source() == DataSource.ANNUAL
                    || (definition.survey() != null && definition.source() == DataSource.EXIT);
            if (definition.source() == DataSource.ANNUAL) {
                assertThat(definition.survey()).as("%s reads the annual survey", definition.id()).isNotNull();
            }
            if (definition.survey() != null) {
                assertThat(surveySource).as(definition.id()).isTrue();
                SurveyInstrument instrument = catalogue.instrument(definition.survey().instrument()).orElseThrow();
                for (String item : definition.survey().items()) {
                    assertThat(instrument.item(item)).as("%s item %s", definition.id(), item).isPresent();
                }
            }
        }
    }

    @Test
    void esfCodesAreUniqueToOneIndicatorAndSdgTargetsWellFormed() {
        Catalogue catalogue = Catalogue.shipped();
        List<String> codes = catalogue.definitions().stream().flatMap(d -> d.esfCodes().stream()).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(Set.copyOf(codes)).contains("EECO01", "EECO02", "EECO03", "EECO04", "EECR01", "EECR02", "EECR03", "EECR04",
                "EECR05", "EECR06");
        catalogue.definitions().forEach(d -> d.sdgTargets().forEach(t -> assertThat(t).matches("^[0-9]{1,2}\\.[0-9a-z]{1,2}$")));
    }

    @Test
    void pairedAndShareIndicatorsUseConsistentStatistics() {
        for (IndicatorDefinition definition : Catalogue.shipped().definitions()) {
            if (definition.statistic() == Statistic.PROPORTION) {
                assertThat(definition.unit()).as(definition.id()).isEqualTo(IndicatorUnit.SHARE);
            }
            if (definition.statistic() == Statistic.PAIRED_MEAN_CHANGE) {
                assertThat(definition.survey()).as(definition.id()).isNotNull();
            }
            assertThat(definition.label().fr()).isNotBlank();
            assertThat(definition.definition().en()).isNotBlank();
            assertThat(definition.references()).as(definition.id()).isNotEmpty();
        }
    }

    @Test
    void parameterInForceIsTheLatestStartingOnOrBeforeTheDate() {
        IndicatorDefinition inc02 = Catalogue.shipped().definition("INC02");
        assertThat(inc02.parameter("smicMonthlyGross", java.time.LocalDate.of(2025, 7, 1)).orElseThrow().value())
                .isEqualByComparingTo("1801.80");
        assertThat(inc02.parameter("smicMonthlyGross", java.time.LocalDate.of(2026, 1, 1)).orElseThrow().value())
                .isEqualByComparingTo("1823.03");
        assertThat(inc02.parameter("smicMonthlyGross", java.time.LocalDate.of(2022, 7, 1))).isEmpty();
    }

    @Test
    void unknownIndicatorIsAnErrorNamingIt() {
        assertThatThrownBy(() -> Catalogue.shipped().definition("XYZ99"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ99");
    }

    @Test
    void malformedCatalogueNamesTheJsonPath() {
        assertThatThrownBy(() -> Catalogue.read(json("{\"id\":\"X\",\"catalogueVersion\":\"1.0.0\",\"bogus\":1}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.title");
    }

    @Test
    void invalidDocumentListsEveryProblem() {
        String text = """
                {"id":"EXT","catalogueVersion":"1.0","title":{"fr":"x","en":"x"},"references":[],"instruments":[],
                 "indicators":[{"id":"bad","version":"1.0.0","since":"1.0.0","label":{"fr":"a","en":"b"},
                   "definition":{"fr":"a","en":"b"},"dimension":"PUBLICS","unit":"COUNT","polarity":"NEUTRAL","statistic":"COUNT",
                   "source":"ADMIN","population":"p","formula":"f","esfCodes":["XX"],"sdgTargets":[],
                   "survey":{"instrument":"NOPE","items":["a"]},"parameters":[],"references":[],"computation":null}]}
                """;
        assertThatThrownBy(() -> Catalogue.of(Catalogue.read(json(text))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors().stream()
                        .map(p -> p.path()).collect(Collectors.toList()))
                        .contains("$.catalogueVersion", "$.indicators[0].id", "$.indicators[0].esfCodes[0]"));
        // Read alone, an instrument may come from the catalogue the document extends: checked when it is added.
        String alone = text.replace("\"1.0\"", "\"1.0.0\"").replace("\"bad\"", "\"XBD01\"").replace("[\"XX\"]", "[]");
        CatalogueDocument document = Catalogue.read(json(alone));
        assertThatThrownBy(() -> Catalogue.shipped().with(document))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors().stream()
                        .map(p -> p.path()).collect(Collectors.toList())).containsExactly("$.indicators[0].survey.instrument"));
    }

    @Test
    void shippedCatalogueIsOrderedByDimensionGroups() {
        // Dimensions in their declared order, each dimension's indicators together, ids rising within a prefix.
        List<IndicatorDefinition> definitions = Catalogue.shipped().definitions();
        List<Dimension> dimensions = definitions.stream().map(IndicatorDefinition::dimension).toList();
        assertThat(dimensions).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(dimensions.stream().distinct().toList()).containsExactly(Dimension.values());
        for (int i = 1; i < definitions.size(); i++) {
            String previous = definitions.get(i - 1).id();
            String current = definitions.get(i).id();
            if (previous.substring(0, 3).equals(current.substring(0, 3))) {
                assertThat(current).as("after %s", previous).isGreaterThan(previous);
            }
        }
    }

    @Test
    void replacedInstrumentDroppingAnItemStillReadIsAnErrorNamingTheIndicator() {
        SurveyInstrument annual = Catalogue.shipped().instrument("CAE-IMPACT-ANNUAL").orElseThrow();
        SurveyInstrument replacement = new SurveyInstrument(annual.id(), "2.0.0", annual.timePoint(), annual.label(),
                annual.items().stream().filter(item -> !item.id().equals("rights_decisive")).toList());
        CatalogueDocument extension = new CatalogueDocument("PROGRAMME-W", "0.1.0", annual.label(), List.of("test fixture"),
                List.of(replacement), List.of());
        assertThatThrownBy(() -> Catalogue.shipped().with(extension))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.report().errors()).hasSize(1);
                    assertThat(e.report().errors().get(0).path()).isEqualTo("$.instruments[0].items");
                    assertThat(e.report().errors().get(0).message()).contains("rights_decisive").contains("RIG01 1.0.0 in CAE-IMPACT 1.0.0");
                });
    }
}
