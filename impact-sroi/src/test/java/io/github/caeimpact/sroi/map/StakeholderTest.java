package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.sroi.ImpactMaps;
import org.junit.jupiter.api.Test;

class StakeholderTest {

    private final Stakeholder entrepreneurs = Stakeholder.of("entrepreneurs", "Entrepreneurs hosted")
            .withLabels("Entrepreneurs accueillis", "Entrepreneurs hosted by the CAE");

    @Test
    void aReportInALanguageShowsTheLabelInThatLanguage() {
        assertThat(entrepreneurs.label("fr")).isEqualTo("Entrepreneurs accueillis");
        assertThat(entrepreneurs.label("en")).isEqualTo("Entrepreneurs hosted by the CAE");
    }

    @Test
    void withoutATranslationTheMapsOwnLabelIsShownAndWithoutAnyLabelTheId() {
        assertThat(Stakeholder.of("state", "The State").label("fr")).isEqualTo("The State");
        assertThat(Stakeholder.of("state", null).label("en")).isEqualTo("state");
    }

    @Test
    void onlyFrenchAndEnglishAreKnown() {
        assertThatThrownBy(() -> entrepreneurs.label("de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> entrepreneurs.label(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("language");
    }

    @Test
    void aBlankTranslationIsAnErrorAtItsPathAndAbsentOnesAreNotWritten() {
        ImpactMap example = ImpactMaps.example();
        ImpactMap blank = example.withStakeholders(java.util.List.of(example.stakeholders().get(0).withLabels(" ", null),
                example.stakeholders().get(1), example.stakeholders().get(2)));
        assertThat(ImpactMaps.validate(blank).problems()).anyMatch(p -> p.path().equals("$.stakeholders[0].labelFr"));
        ImpactMap untranslated = example.withStakeholders(java.util.List.of(Stakeholder.of("entrepreneurs", "E"),
                example.stakeholders().get(1), example.stakeholders().get(2)));
        assertThat(ImpactMaps.toJson(untranslated)).doesNotContain("\"labelFr\" : null");
    }
}
