package io.github.caeimpact.indicators;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire the catalogue reads: its id (the model's {@code SurveyResponse.instrument}), the
 * time point it is administered at, and its items.
 *
 * @param id the instrument id, e.g. {@code CAE-IMPACT-ANNUAL}
 * @param version the instrument's semantic version
 * @param timePoint when it is administered: ENTRY, EXIT, ANNUAL or FOLLOW_UP
 * @param label the instrument's name in French and English
 * @param items the items, ids unique within the instrument
 */
public record SurveyInstrument(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9-]*$") String id,
        @NotNull @Pattern(regexp = SemanticVersion.PATTERN) String version,
        @NotNull @Pattern(regexp = "^(ENTRY|EXIT|ANNUAL|FOLLOW_UP)$") String timePoint,
        @NotNull LocalizedText label,
        @NotEmpty List<SurveyItem> items) {

    /**
     * Copies the items.
     *
     * @param id the id
     * @param version the version
     * @param timePoint the time point
     * @param label the label
     * @param items the items
     * @throws NullPointerException if a part is null
     */
    public SurveyInstrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(timePoint, "timePoint");
        Objects.requireNonNull(label, "label");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /**
     * Finds an item by id.
     *
     * @param itemId the item id
     * @return the item, or empty if the instrument has none with that id
     */
    public Optional<SurveyItem> item(String itemId) {
        // A loop, not a stream: every answer of every participant is looked up here.
        for (int i = 0, n = items.size(); i < n; i++) {
            if (items.get(i).id().equals(itemId)) {
                return Optional.of(items.get(i));
            }
        }
        return Optional.empty();
    }
}
