package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.sroi.ImpactMaps;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private final Outcome outcome = ImpactMaps.example().outcomes().get(0);

    @Test
    void aReportInALanguageShowsTheDescriptionInThatLanguage() {
        Outcome translated = outcome.withDescriptions("Plus de revenu", "More income");
        assertThat(translated.description("fr")).isEqualTo("Plus de revenu");
        assertThat(translated.description("en")).isEqualTo("More income");
    }

    @Test
    void withoutATranslationTheMapsOwnDescriptionIsShown() {
        Outcome untranslated = outcome.withDescriptions(null, null);
        assertThat(untranslated.description("fr")).isEqualTo(outcome.description());
        assertThatThrownBy(() -> untranslated.description("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language");
    }

    @Test
    void copiesKeepTheTranslations() {
        Outcome translated = outcome.withDescriptions("Plus de revenu", "More income");
        Outcome copy = translated.withDurationYears(BigDecimal.TEN).withDirection(Direction.NEGATIVE).withStartYear(1);
        assertThat(copy.descriptionFr()).isEqualTo("Plus de revenu");
        assertThat(copy.descriptionEn()).isEqualTo("More income");
    }

    @Test
    void aBlankTranslationIsAnErrorAtItsPath() {
        ImpactMap example = ImpactMaps.example();
        java.util.List<Outcome> outcomes = new java.util.ArrayList<>(example.outcomes());
        outcomes.set(0, outcome.withDescriptions(null, " "));
        assertThat(ImpactMaps.validate(example.withOutcomes(outcomes)).problems())
                .anyMatch(p -> p.path().equals("$.outcomes[0].descriptionEn"));
    }
}
