package io.github.caeimpact.examples.report;

import io.github.caeimpact.indicators.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/** The language a report is written in; numbers, money and dates are French in both. */
public enum ReportLanguage {
    /** French, the language of the programme and its funders. */
    FR,
    /** English. */
    EN;

    /**
     * Returns the ISO 639-1 code written into {@code <html lang>}.
     *
     * @return {@code "fr"} or {@code "en"}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Picks this language's text.
     *
     * @param text a text in both languages
     * @return the French or English text
     */
    public String pick(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return this == FR ? text.fr() : text.en();
    }

    /**
     * Parses a language code.
     *
     * @param code {@code fr} or {@code en}, any case
     * @return the language
     * @throws IllegalArgumentException naming the accepted codes if {@code code} is neither
     */
    public static ReportLanguage parse(String code) {
        Objects.requireNonNull(code, "code");
        for (ReportLanguage language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("language: fr or en, was '" + code + "'");
    }
}
