package io.github.caeimpact.indicators.declared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import jakarta.validation.constraints.NotNull;
import io.github.caeimpact.model.TimePoint;
import java.util.Objects;

/**
 * One survey answer a declared indicator reads: an item of an instrument of the catalogue.
 *
 * <p>Which response: without a time point, the latest response to the instrument dated in the
 * period (as the shipped annual-survey indicators read it); with one, the earliest response to the
 * instrument at that time point, whatever its date (as the entry questionnaire is read before a
 * change). An answer of another type than the catalogue's item has no value.
 *
 * @param instrument the instrument id, e.g. {@code CAE-IMPACT-ANNUAL}
 * @param item the item id, e.g. {@code skills_gained}
 * @param timePoint the time point, or null for the latest response in the period
 */
@JsonDeserialize(builder = AnswerReference.Builder.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerReference(@NotNull String instrument, @NotNull String item, TimePoint timePoint) {

    /**
     * Checks the parts.
     *
     * @param instrument the instrument id
     * @param item the item id
     * @param timePoint the time point, may be null
     * @throws NullPointerException if the instrument or the item is null
     */
    public AnswerReference {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(item, "item");
    }

    /**
     * Returns a reference to the latest response dated in the period.
     *
     * @param instrument the instrument id
     * @param item the item id
     * @return the reference
     */
    public static AnswerReference latestIn(String instrument, String item) {
        return new AnswerReference(instrument, item, null);
    }

    /**
     * Returns a reference to the earliest response at a time point.
     *
     * @param instrument the instrument id
     * @param item the item id
     * @param timePoint the time point, not null
     * @return the reference
     */
    public static AnswerReference at(String instrument, String item, TimePoint timePoint) {
        return new AnswerReference(instrument, item, Objects.requireNonNull(timePoint, "timePoint"));
    }

    /** Reads a reference from JSON, where the time point may be left out. */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder {
        private String instrument;
        private String item;
        private TimePoint timePoint;

        Builder instrument(String value) {
            this.instrument = value;
            return this;
        }

        Builder item(String value) {
            this.item = value;
            return this;
        }

        Builder timePoint(TimePoint value) {
            this.timePoint = value;
            return this;
        }

        AnswerReference build() {
            return new AnswerReference(instrument, item, timePoint);
        }
    }
}
