package io.github.caeimpact.examples.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The report's own words (titles, column heads, notes) in one language, read from
 * {@code labels.json} beside the templates, where every key has a French and an English text.
 * Indicator labels come from the catalogue, not from here.
 */
final class Labels {

    private static final String RESOURCE = "labels.json";
    private static final Map<String, Map<String, String>> ALL = load();

    private final ReportLanguage language;

    private Labels(ReportLanguage language) {
        this.language = language;
    }

    static Labels of(ReportLanguage language) {
        return new Labels(Objects.requireNonNull(language, "language"));
    }

    ReportLanguage language() {
        return language;
    }

    /**
     * Returns the text of a key in this language.
     *
     * @throws IllegalArgumentException if the key is unknown, so a typo fails loudly
     */
    String text(String key) {
        return both(key).get(language.code());
    }

    /** Returns every key with its text in this language, in the file's order, for the templates. */
    Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        ALL.forEach((key, both) -> texts.put(key, both.get(language.code())));
        return Collections.unmodifiableMap(texts);
    }

    /** Returns a key's texts in both languages, for the JSON report. */
    static Map<String, String> both(String key) {
        Map<String, String> texts = ALL.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("report label '" + key + "' is not in " + RESOURCE);
        }
        return texts;
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            Map<String, Map<String, String>> read = new ObjectMapper().readValue(in,
                    new TypeReference<LinkedHashMap<String, Map<String, String>>>() { });
            read.forEach((key, texts) -> {
                if (!texts.keySet().equals(Set.of("fr", "en"))) {
                    throw new IllegalStateException(RESOURCE + ": '" + key + "' needs exactly fr and en, has " + texts.keySet());
                }
            });
            return Collections.unmodifiableMap(read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
