package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person hosted by an organisation, known only by a pseudonymous id and categorical attributes.
 *
 * <p>Nothing here identifies the person: no name, contact or exact birth date. The optional
 * attributes are the ESF+ disadvantage categories; null means not disclosed, which is a real
 * answer the indicators count apart.
 *
 * @param id the pseudonymous identifier, matching {@link #ID_PATTERN} (see
 *     {@link Pseudonymizer})
 * @param organisationId the {@link Organisation#id()} of the organisation hosting the person
 * @param relationship how the person relates to the organisation
 * @param birthYear the year of birth, from 1900 to 2100
 * @param gender the declared gender
 * @param education the highest education level reached; null if unknown
 * @param entrySituation the situation on entering
 * @param disability whether the person has a disability; null if not disclosed
 * @param thirdCountryNational whether the person is a national of a country outside the EU; null
 *     if not disclosed
 * @param foreignBackground whether the person has a foreign background; null if not disclosed
 * @param minority whether the person belongs to a minority; null if not disclosed
 * @param homeless whether the person is homeless or excluded from housing; null if not disclosed
 * @param rural whether the person lives in a rural area; null if not disclosed
 * @param priorityUrbanArea whether the person lives in a priority urban area (quartier
 *     prioritaire de la politique de la ville, QPV); null if not disclosed
 * @param pathway the person's pathway
 * @param activity the yearly activity figures, at most one per year; empty if none
 * @param surveys the survey responses; empty if none
 */
public record Participant(
        @NotNull @Pattern(regexp = ID_PATTERN) String id,
        @NotNull @Pattern(regexp = Organisation.ID_PATTERN) String organisationId,
        @NotNull Relationship relationship,
        @JsonProperty(required = true) @Min(1900) @Max(2100) int birthYear,
        @NotNull Gender gender,
        EducationLevel education,
        @NotNull @Valid EntrySituation entrySituation,
        Boolean disability,
        Boolean thirdCountryNational,
        Boolean foreignBackground,
        Boolean minority,
        Boolean homeless,
        Boolean rural,
        Boolean priorityUrbanArea,
        @NotNull @Valid Pathway pathway,
        List<@NotNull @Valid ActivityYear> activity,
        List<@NotNull @Valid SurveyResponse> surveys) {

    /**
     * The form of a participant identifier: a letter or digit, then up to 63 letters, digits,
     * dots, underscores or hyphens (a {@link Pseudonymizer} gives 32 lower-case hex digits).
     */
    public static final String ID_PATTERN = Organisation.ID_PATTERN;

    /**
     * Copies the lists; a missing list is empty.
     *
     * @param id the pseudonymous identifier
     * @param organisationId the hosting organisation's identifier
     * @param relationship the relationship
     * @param birthYear the year of birth
     * @param gender the gender
     * @param education the education level, possibly null
     * @param entrySituation the entry situation
     * @param disability disability, possibly null
     * @param thirdCountryNational third-country national, possibly null
     * @param foreignBackground foreign background, possibly null
     * @param minority minority, possibly null
     * @param homeless homeless, possibly null
     * @param rural rural, possibly null
     * @param priorityUrbanArea priority urban area, possibly null
     * @param pathway the pathway
     * @param activity the activity years, null for none
     * @param surveys the survey responses, null for none
     * @throws NullPointerException if a list holds a null element
     */
    public Participant {
        activity = Lists.copyOf(activity, "activity");
        surveys = Lists.copyOf(surveys, "surveys");
    }

    /**
     * Returns the age reached in the year of a day, approximated from the birth year (the exact
     * birth date is never held).
     *
     * @param date the day, not null
     * @return {@code date.getYear() - birthYear}
     */
    public int ageAt(LocalDate date) {
        return Objects.requireNonNull(date, "date").getYear() - birthYear;
    }

    /**
     * Returns the ESF+ age band on a day.
     *
     * @param date the day, not null
     * @return the band of {@link #ageAt(LocalDate)}
     */
    public AgeBand ageBandAt(LocalDate date) {
        return AgeBand.ofAge(ageAt(date));
    }

    /**
     * Returns a copy with another identifier, for instance a pseudonym.
     *
     * @param newId the new identifier
     * @return the copy
     */
    public Participant withId(String newId) {
        return new Participant(newId, organisationId, relationship, birthYear, gender, education, entrySituation,
                disability, thirdCountryNational, foreignBackground, minority, homeless, rural, priorityUrbanArea,
                pathway, activity, surveys);
    }
}
