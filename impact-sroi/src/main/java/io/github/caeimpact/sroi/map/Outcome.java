package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the impact map: a change a stakeholder experiences, how much of it, what it is worth
 * and how much of it the activity can claim.
 *
 * <p>Year-one impact is {@code I1 = Q × P × (1 − DW) × (1 − DISP) × Π(1 − ATTi) × (1 − LEAK)}.
 * Fields absent from JSON are null here; {@link io.github.caeimpact.sroi.ImpactMaps#validate} reports the missing ones.
 *
 * @param id the identifier, unique in the map
 * @param stakeholder the id of the stakeholder who experiences the change
 * @param dimension the CAE-IMPACT dimension, or null
 * @param description what changes, in the map's own language
 * @param descriptionFr what changes, in French, for a French report; null to use {@code description}
 * @param descriptionEn what changes, in English, for an English report; null to use {@code description}
 * @param indicator the catalogue id of the indicator that measures it (such as {@code "EXI01"}), or null
 * @param quantity the number of units per year
 * @param proxy the value of one unit
 * @param durationYears how many years the outcome lasts, above 0, possibly fractional
 * @param startYear the offset of the outcome's first year from the first year of the analysis
 *     (0: it starts in year one); null means 0
 * @param deadweight the share that would have happened anyway, 0..1
 * @param displacement the share that displaced other outcomes, 0..1
 * @param attribution the shares due to other actors, each 0..1, multiplied as
 *     {@code (1 − a1)(1 − a2)...}; in JSON one number or a list
 * @param dropOff the yearly decline after year one, 0..1
 * @param leakage the share that benefits people outside the stakeholder group, 0..1, or null (0)
 * @param evidence what the row rests on
 * @param direction whether the outcome is a benefit or a harm; null means {@link Direction#POSITIVE}
 * @param publishedYearValues the yearly impacts (undiscounted, non-negative magnitudes) a published
 *     report printed for years 1, 2, ..., used instead of the computed ones so that a result can
 *     follow the report where it departs from its own formula; null when absent. The audit trail
 *     marks them "published" and shows the computed value beside each.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outcome(@NotBlank String id, @NotNull String stakeholder, Dimension dimension,
        @NotBlank @JsonPropertyDescription("what changes, in the map's own language") String description,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN)
        @JsonPropertyDescription("what changes, in French, for a French report") String descriptionFr,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN)
        @JsonPropertyDescription("what changes, in English, for an English report") String descriptionEn,
        String indicator, @NotNull Quantity quantity, @NotNull ProxySpec proxy, @NotNull BigDecimal durationYears,
        @Min(0) @Max(MapLimits.MAX_DURATION_YEARS) Integer startYear, @NotNull BigDecimal deadweight,
        @NotNull BigDecimal displacement,
        @NotEmpty @JsonPropertyDescription("one share or a list of shares, multiplied as (1 - a1)(1 - a2)...")
        List<@NotNull BigDecimal> attribution,
        @NotNull BigDecimal dropOff, BigDecimal leakage, @NotNull Evidence evidence, Direction direction,
        @JsonPropertyDescription("the yearly values a published report printed for years 1, 2, ..., used instead of the "
                + "computed ones; one per outcome year")
        List<@NotNull @DecimalMin("0") @DecimalMax(MapLimits.MAX_MAGNITUDE_TEXT) BigDecimal> publishedYearValues) {

    /**
     * Copies the list.
     *
     * @param id the identifier
     * @param stakeholder the stakeholder id
     * @param dimension the dimension, or null
     * @param description the description
     * @param descriptionFr the description in French, or null
     * @param descriptionEn the description in English, or null
     * @param indicator the indicator id, or null
     * @param quantity the quantity
     * @param proxy the proxy
     * @param durationYears the duration
     * @param startYear the start offset, or null
     * @param deadweight the deadweight
     * @param displacement the displacement
     * @param attribution the attribution shares
     * @param dropOff the drop-off
     * @param leakage the leakage, or null
     * @param evidence the evidence grade
     * @param direction the direction, or null
     * @param publishedYearValues the published yearly values, or null
     */
    public Outcome {
        attribution = attribution == null ? null : List.copyOf(attribution);
        publishedYearValues = publishedYearValues == null ? null : List.copyOf(publishedYearValues);
    }

    /**
     * Returns the direction, {@link Direction#POSITIVE} when absent.
     *
     * @return the direction
     */
    public Direction directionOrDefault() {
        return direction == null ? Direction.POSITIVE : direction;
    }

    /**
     * Returns a copy with its description in French and in English.
     *
     * @param french the description in French, or null
     * @param english the description in English, or null
     * @return the copy
     */
    public Outcome withDescriptions(String french, String english) {
        return new Outcome(id, stakeholder, dimension, description, french, english, indicator, quantity, proxy, durationYears,
                startYear, deadweight, displacement, attribution, dropOff, leakage, evidence, direction, publishedYearValues);
    }

    /**
     * Returns the description for a report in a language: the French or English one when the map
     * gives it, else the map's own.
     *
     * @param language {@code "fr"} or {@code "en"}
     * @return the description to show, null when the map has none
     * @throws NullPointerException if language is null
     * @throws IllegalArgumentException if the language is neither fr nor en
     */
    public String description(String language) {
        return Translations.pick(language, descriptionFr, descriptionEn, description);
    }

    /**
     * Returns a copy with another direction.
     *
     * @param newDirection the direction
     * @return the copy
     */
    public Outcome withDirection(Direction newDirection) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, quantity, proxy, durationYears,
                startYear, deadweight, displacement, attribution, dropOff, leakage, evidence, newDirection,
                publishedYearValues);
    }

    /**
     * Returns a copy with the yearly values a published report printed.
     *
     * @param values the values of years 1, 2, ..., or null for none
     * @return the copy
     */
    public Outcome withPublishedYearValues(List<BigDecimal> values) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, quantity, proxy, durationYears,
                startYear, deadweight, displacement, attribution, dropOff, leakage, evidence, direction, values);
    }

    /**
     * Returns the start offset, 0 when absent.
     *
     * @return the offset in years
     */
    public int startYearOrZero() {
        return startYear == null ? 0 : startYear;
    }

    /**
     * Returns the leakage, 0 when absent.
     *
     * @return the leakage
     */
    public BigDecimal leakageOrZero() {
        return leakage == null ? BigDecimal.ZERO : leakage;
    }

    /**
     * Returns a copy with another quantity.
     *
     * @param newQuantity the quantity
     * @return the copy
     */
    public Outcome withQuantity(Quantity newQuantity) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, newQuantity, proxy, durationYears,
                startYear, deadweight, displacement, attribution, dropOff, leakage, evidence, direction,
                publishedYearValues);
    }

    /**
     * Returns a copy with another proxy.
     *
     * @param newProxy the proxy
     * @return the copy
     */
    public Outcome withProxy(ProxySpec newProxy) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, quantity, newProxy, durationYears,
                startYear, deadweight, displacement, attribution, dropOff, leakage, evidence, direction,
                publishedYearValues);
    }

    /**
     * Returns a copy with another duration.
     *
     * @param years the duration in years
     * @return the copy
     */
    public Outcome withDurationYears(BigDecimal years) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, quantity, proxy, years,
                startYear, deadweight, displacement, attribution, dropOff, leakage, evidence, direction,
                publishedYearValues);
    }

    /**
     * Returns a copy with other deductions.
     *
     * @param newDeadweight the deadweight
     * @param newDisplacement the displacement
     * @param newAttribution the attribution shares
     * @param newDropOff the drop-off
     * @param newLeakage the leakage, or null
     * @return the copy
     */
    public Outcome withDeductions(BigDecimal newDeadweight, BigDecimal newDisplacement, List<BigDecimal> newAttribution,
            BigDecimal newDropOff, BigDecimal newLeakage) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, quantity, proxy, durationYears,
                startYear, newDeadweight, newDisplacement, newAttribution, newDropOff, newLeakage, evidence, direction, publishedYearValues);
    }

    /**
     * Returns a copy with another start offset.
     *
     * @param offset the offset in years
     * @return the copy
     */
    public Outcome withStartYear(int offset) {
        return new Outcome(id, stakeholder, dimension, description, descriptionFr, descriptionEn, indicator, quantity, proxy, durationYears,
                offset, deadweight, displacement, attribution, dropOff, leakage, evidence, direction,
                publishedYearValues);
    }
}
