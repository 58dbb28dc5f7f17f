package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A text in French and English.
 *
 * @param fr the French text, not blank
 * @param en the English text, not blank
 */
public record LocalizedText(@NotBlank String fr, @NotBlank String en) {

    /**
     * Checks both texts are present.
     *
     * @param fr the French text
     * @param en the English text
     * @throws NullPointerException if a text is null
     */
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Returns a text in both languages.
     *
     * @param fr the French text
     * @param en the English text
     * @return the text
     */
    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }
}
