package io.github.caeimpact.model;

import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A work collective: a CAE, a tiers-lieu or another collective hosting participants.
 *
 * @param id the organisation's identifier within the dataset, matching {@link #ID_PATTERN}
 * @param name the organisation's public name (a company name, never a person's name)
 * @param kind what kind of collective it is
 * @param legalForm its legal form
 * @param territory where it is
 * @param sectors its sectors of activity: NAF/APE codes (such as {@code "70.22Z"}) or free labels;
 *     empty if not given
 * @param foundedOn the day it was founded
 * @param network the network it belongs to, such as {@code "Coopérer pour Entreprendre"}; null if
 *     none or not given
 * @param fundings the funding it received; empty if none given
 * @param supportInputs the support hours it gave; empty if none given
 */
public record Organisation(
        @NotNull @Pattern(regexp = ID_PATTERN) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotNull LegalForm legalForm,
        @NotNull @Valid Territory territory,
        List<@NotBlank @Size(max = 100) String> sectors,
        @NotNull @SupportedDate LocalDate foundedOn,
        @Pattern(regexp = Organisation.OPTIONAL_TEXT_PATTERN, message = Organisation.OPTIONAL_TEXT_MESSAGE) @Size(max = 200) String network,
        List<@NotNull @Valid Funding> fundings,
        List<@NotNull @Valid SupportInput> supportInputs) {

    /**
     * The form of an optional text (a network, a funder's name, a purpose): left out, or holding at
     * least one character that is not white space. An empty text would be read back from a CSV
     * cell as left out, so it is refused rather than kept.
     */
    public static final String OPTIONAL_TEXT_PATTERN = "[\\s\\S]*\\S[\\s\\S]*";

    /** The message of {@link #OPTIONAL_TEXT_PATTERN}. */
    static final String OPTIONAL_TEXT_MESSAGE = "must not be blank: leave the field out instead";

    /**
     * The form of an organisation identifier: a letter or digit, then up to 63 letters, digits,
     * dots, underscores or hyphens.
     */
    public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    /**
     * Copies the lists; a missing list is empty.
     *
     * @param id the identifier
     * @param name the public name
     * @param kind the kind
     * @param legalForm the legal form
     * @param territory the territory
     * @param sectors the sectors, null for none
     * @param foundedOn the foundation day
     * @param network the network, possibly null
     * @param fundings the fundings, null for none
     * @param supportInputs the support inputs, null for none
     * @throws NullPointerException if a list holds a null element
     */
    public Organisation {
        sectors = Lists.copyOf(sectors, "sectors");
        fundings = Lists.copyOf(fundings, "fundings");
        supportInputs = Lists.copyOf(supportInputs, "supportInputs");
    }
}
