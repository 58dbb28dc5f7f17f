package io.github.caeimpact.sroi.map;

import java.util.Objects;

/** Picks the text of a map row for a report in French or English, falling back to the map's own. */
final class Translations {

    private Translations() {
    }

    /**
     * Returns the French or English text when given, else the map's own.
     *
     * @throws NullPointerException if language is null
     * @throws IllegalArgumentException if the language is neither fr nor en
     */
    static String pick(String language, String french, String english, String own) {
        String translated = switch (Objects.requireNonNull(language, "language")) {
            case "fr" -> french;
            case "en" -> english;
            default -> throw new IllegalArgumentException("language: fr or en, was " + language);
        };
        return translated != null ? translated : own;
    }
}
