package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;

/**
 * One catalogue file as written in JSON: the shipped CAE-IMPACT catalogue, or an extension a
 * programme ships beside it. Its JSON Schema is {@code catalogue.schema.json}.
 *
 * @param id the catalogue id, e.g. {@code CAE-IMPACT}
 * @param catalogueVersion the catalogue's semantic version
 * @param title the catalogue's title in French and English
 * @param references citations for the catalogue as a whole
 * @param instruments the survey instruments the indicators read
 * @param indicators the indicator definitions
 */
public record CatalogueDocument(
        @NotNull @Pattern(regexp = CatalogueDocument.ID_PATTERN) String id,
        @NotNull @Pattern(regexp = SemanticVersion.PATTERN) String catalogueVersion,
        @NotNull LocalizedText title,
        @NotNull List<@NotBlank String> references,
        @NotNull List<SurveyInstrument> instruments,
        @NotNull List<IndicatorDefinition> indicators) {

    /** The pattern a catalogue id must match. */
    public static final String ID_PATTERN = "^[A-Za-z][A-Za-z0-9-]*$";

    /**
     * Checks the parts and copies the lists.
     *
     * @param id the id
     * @param catalogueVersion the version
     * @param title the title
     * @param references the references
     * @param instruments the instruments
     * @param indicators the indicators
     * @throws NullPointerException if a part is null
     */
    public CatalogueDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(title, "title");
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        instruments = List.copyOf(Objects.requireNonNull(instruments, "instruments"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }
}
