package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.caeimpact.sroi.rules.MapLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * What one stakeholder or funder puts in: money, or a non-financial contribution valued in the map's currency.
 *
 * <p>Exactly one of {@code stakeholder} and {@code funder} is given. Fields absent from JSON are
 * null here; {@link io.github.caeimpact.sroi.ImpactMaps#validate} reports the missing ones.
 *
 * @param stakeholder the id of the contributing stakeholder of the map, or null when a funder is named
 * @param funder the funder's name (such as {@code "Métropole"}), or null when a stakeholder is named
 * @param description what is put in
 * @param amount the value in the map's currency, at least 0
 * @param inKind true for a non-financial input valued in the map's currency (volunteer hours, premises)
 * @param year the calendar year the input was made, only in evaluative mode; null otherwise
 * @param funderKind whose money it is (commune, EPCI, ..., own contribution); null means
 *     {@link FunderKind#OTHER}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonClassDescription("What a stakeholder or a funder puts in: exactly one of stakeholder and funder.")
public record Input(String stakeholder, String funder, @NotBlank String description, @NotNull BigDecimal amount,
        Boolean inKind,
        @Min(MapLimits.EARLIEST_YEAR) @Max(MapLimits.LATEST_YEAR) @JsonPropertyDescription("evaluative mode only")
        Integer year,
        FunderKind funderKind) {

    /**
     * Returns the kind of funder, {@link FunderKind#OTHER} when absent.
     *
     * @return the kind
     */
    public FunderKind funderKindOrDefault() {
        return funderKind == null ? FunderKind.OTHER : funderKind;
    }

    /**
     * Returns a copy with another kind of funder.
     *
     * @param kind the kind
     * @return the copy
     */
    public Input withFunderKind(FunderKind kind) {
        return new Input(stakeholder, funder, description, amount, inKind, year, kind);
    }

    /**
     * Returns a money input from a funder, without a year.
     *
     * @param funder the funder's name
     * @param description what is put in
     * @param amount the amount in the map's currency
     * @return the input
     */
    public static Input fromFunder(String funder, String description, BigDecimal amount) {
        return new Input(null, funder, description, amount, Boolean.FALSE, null, null);
    }

    /**
     * Returns an input from a stakeholder of the map, without a year.
     *
     * @param stakeholder the stakeholder id
     * @param description what is put in
     * @param amount the value in the map's currency
     * @param inKind whether it is a valued non-financial input
     * @return the input
     */
    public static Input fromStakeholder(String stakeholder, String description, BigDecimal amount, boolean inKind) {
        return new Input(stakeholder, null, description, amount, inKind, null, null);
    }

    /**
     * Returns a copy made in the given calendar year (evaluative mode).
     *
     * @param calendarYear the year
     * @return the copy
     */
    public Input withYear(int calendarYear) {
        return new Input(stakeholder, funder, description, amount, inKind, calendarYear, funderKind);
    }

    /**
     * Returns a copy with another amount.
     *
     * @param newAmount the amount in the map's currency
     * @return the copy
     */
    public Input withAmount(BigDecimal newAmount) {
        return new Input(stakeholder, funder, description, newAmount, inKind, year, funderKind);
    }

    /**
     * Returns who puts the input in: the stakeholder id, else the funder's name.
     *
     * @return the contributor
     */
    public String contributor() {
        return stakeholder != null ? stakeholder : funder;
    }
}
