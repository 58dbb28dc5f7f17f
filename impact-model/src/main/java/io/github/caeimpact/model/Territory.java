package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where an organisation is, by French official geographic codes (INSEE Code officiel géographique).
 *
 * @param communeCode the INSEE code of the commune: 5 characters, digits or {@code 2A}/{@code 2B}
 *     for Corsica followed by 3 digits, such as {@code "67482"} (Strasbourg)
 * @param departementCode the INSEE code of the département, such as {@code "67"}, {@code "2A"} or
 *     {@code "974"}
 * @param regionCode the INSEE code of the région, 2 digits, such as {@code "44"}
 * @param areaType whether the commune is urban or rural
 * @param priorityUrbanArea whether the organisation is in a priority urban area (quartier
 *     prioritaire de la politique de la ville, QPV)
 */
public record Territory(
        @NotNull @Pattern(regexp = COMMUNE_CODE_PATTERN) String communeCode,
        @NotNull @Pattern(regexp = DEPARTEMENT_CODE_PATTERN) String departementCode,
        @NotNull @Pattern(regexp = REGION_CODE_PATTERN) String regionCode,
        @NotNull AreaType areaType,
        @JsonProperty(required = true) boolean priorityUrbanArea) {

    /** The form of an INSEE commune code. */
    public static final String COMMUNE_CODE_PATTERN = "^(\\d{5}|2[AB]\\d{3})$";

    /** The form of an INSEE département code: 2 digits, 2A, 2B, or 3 digits overseas. */
    public static final String DEPARTEMENT_CODE_PATTERN = "^(\\d{2}|2[AB]|97\\d)$";

    /** The form of an INSEE région code: 2 digits. */
    public static final String REGION_CODE_PATTERN = "^\\d{2}$";
}
