package io.github.caeimpact.indicators.declared;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.caeimpact.model.AgeBand;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Relationship;
import java.util.Arrays;
import java.util.List;

/**
 * The model's fields a declared indicator can read, by their JSON name: the participant's own
 * fields, the entry situation, the exit, and the activity years.
 *
 * <p>A field a participant has not disclosed (a null attribute, no exit, no activity year in the
 * period) has no value: a condition on it is neither true nor false, and counts the person as
 * missing.
 */
public enum Field {
    /** The relationship with the cooperative ({@link Relationship}). */
    @JsonProperty("relationship") RELATIONSHIP(Kind.CATEGORY, Relationship.class),
    /** The gender ({@link Gender}). */
    @JsonProperty("gender") GENDER(Kind.CATEGORY, Gender.class),
    /** The age band at entry, or at the reference date for someone who never entered ({@link AgeBand}). */
    @JsonProperty("ageBand") AGE_BAND(Kind.CATEGORY, AgeBand.class),
    /** The education level ({@link EducationLevel}). */
    @JsonProperty("education") EDUCATION(Kind.CATEGORY, EducationLevel.class),
    /** A disability, as disclosed. */
    @JsonProperty("disability") DISABILITY(Kind.BOOLEAN, null),
    /** A third-country national, as disclosed. */
    @JsonProperty("thirdCountryNational") THIRD_COUNTRY_NATIONAL(Kind.BOOLEAN, null),
    /** A foreign background, as disclosed. */
    @JsonProperty("foreignBackground") FOREIGN_BACKGROUND(Kind.BOOLEAN, null),
    /** A minority, as disclosed. */
    @JsonProperty("minority") MINORITY(Kind.BOOLEAN, null),
    /** Homeless or excluded from housing, as disclosed. */
    @JsonProperty("homeless") HOMELESS(Kind.BOOLEAN, null),
    /** Living in a rural area, as disclosed. */
    @JsonProperty("rural") RURAL(Kind.BOOLEAN, null),
    /** Living in a priority urban area (quartier prioritaire de la politique de la ville), as disclosed. */
    @JsonProperty("priorityUrbanArea") PRIORITY_URBAN_AREA(Kind.BOOLEAN, null),
    /** The labour status at entry ({@link LabourStatus}). */
    @JsonProperty("entrySituation.status") ENTRY_STATUS(Kind.CATEGORY, LabourStatus.class),
    /** The months of unemployment at entry, when recorded. */
    @JsonProperty("entrySituation.unemployedMonths") UNEMPLOYED_MONTHS(Kind.NUMBER, null),
    /** A minimum-income recipient at entry. */
    @JsonProperty("entrySituation.minimumIncome") MINIMUM_INCOME(Kind.BOOLEAN, null),
    /**
     * The situation upon leaving ({@link ExitOutcome}): the exit's outcome, replaced by a follow-up
     * within 28 days; no value without an exit or when UNKNOWN.
     */
    @JsonProperty("exit.outcome") EXIT_OUTCOME(Kind.CATEGORY, ExitOutcome.class),
    /**
     * The situation six months after the exit ({@link ExitOutcome}): the follow-up 5 to 8 months
     * after it, closest to 6; no value when the point is after the reference date, not reached, or UNKNOWN.
     */
    @JsonProperty("exit.outcomeAtSixMonths") EXIT_OUTCOME_AT_SIX_MONTHS(Kind.CATEGORY, ExitOutcome.class),
    /** The turnover of the activity years, in euros. */
    @JsonProperty("activity.turnover") TURNOVER(Kind.MONEY, null),
    /** The gross pay of the activity years, in euros. */
    @JsonProperty("activity.grossPay") GROSS_PAY(Kind.MONEY, null),
    /** The employer's social contributions of the activity years, in euros. */
    @JsonProperty("activity.employerContributions") EMPLOYER_CONTRIBUTIONS(Kind.MONEY, null),
    /** The employee's social contributions of the activity years, in euros. */
    @JsonProperty("activity.employeeContributions") EMPLOYEE_CONTRIBUTIONS(Kind.MONEY, null),
    /** The contribution to the cooperative of the activity years, in euros. */
    @JsonProperty("activity.cooperativeContribution") COOPERATIVE_CONTRIBUTION(Kind.MONEY, null),
    /** The full-time equivalent of the activity years. */
    @JsonProperty("activity.fte") FTE(Kind.NUMBER, null),
    /** The trainings attended in the activity years. */
    @JsonProperty("activity.trainings") TRAININGS(Kind.NUMBER, null),
    /** The support interviews of the activity years. */
    @JsonProperty("activity.supportInterviews") SUPPORT_INTERVIEWS(Kind.NUMBER, null),
    /** The general meetings attended in the activity years. */
    @JsonProperty("activity.generalMeetingsAttended") GENERAL_MEETINGS_ATTENDED(Kind.NUMBER, null),
    /** The general meetings held in the activity years. */
    @JsonProperty("activity.generalMeetingsHeld") GENERAL_MEETINGS_HELD(Kind.NUMBER, null),
    /** The days from entry to the first invoice, in the years that record it. */
    @JsonProperty("activity.daysToFirstInvoice") DAYS_TO_FIRST_INVOICE(Kind.NUMBER, null);

    /** What a field holds, which decides the operators a condition on it takes. */
    public enum Kind {
        /** True or false: a condition takes {@code is}. */
        BOOLEAN,
        /** One of a fixed list of names: a condition takes {@code in}. */
        CATEGORY,
        /** A number: a condition takes {@code atLeast} and/or {@code atMost}. */
        NUMBER,
        /** An amount in euros: like a number; a sum, mean or median of it is in EUR. */
        MONEY
    }

    private final Kind kind;
    private final Class<? extends Enum<?>> categories;

    Field(Kind kind, Class<? extends Enum<?>> categories) {
        this.kind = kind;
        this.categories = categories;
    }

    /**
     * Returns what the field holds.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the names a category field takes, in the model's order.
     *
     * @return the names, empty for a field that is not a category
     */
    public List<String> categories() {
        return categories == null ? List.of() : Arrays.stream(categories.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * Tells whether the field is recorded per activity year, and so reduced by a {@link YearsAggregate}.
     *
     * @return true for the {@code activity.*} fields
     */
    public boolean perYear() {
        return ordinal() >= TURNOVER.ordinal();
    }

    /**
     * Returns the field's JSON name, e.g. {@code entrySituation.status}.
     *
     * @return the name
     */
    public String jsonName() {
        try {
            return Field.class.getField(name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant " + name() + " not found by reflection", e);
        }
    }
}
