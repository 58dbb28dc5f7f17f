package io.github.caeimpact.indicators.declared;

import com.fasterxml.jackson.annotation.JsonValue;
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
    RELATIONSHIP("relationship", Kind.CATEGORY, Relationship.class),
    /** The gender ({@link Gender}). */
    GENDER("gender", Kind.CATEGORY, Gender.class),
    /** The age band at entry, or at the reference date for someone who never entered ({@link AgeBand}). */
    AGE_BAND("ageBand", Kind.CATEGORY, AgeBand.class),
    /** The education level ({@link EducationLevel}). */
    EDUCATION("education", Kind.CATEGORY, EducationLevel.class),
    /** A disability, as disclosed. */
    DISABILITY("disability", Kind.BOOLEAN, null),
    /** A third-country national, as disclosed. */
    THIRD_COUNTRY_NATIONAL("thirdCountryNational", Kind.BOOLEAN, null),
    /** A foreign background, as disclosed. */
    FOREIGN_BACKGROUND("foreignBackground", Kind.BOOLEAN, null),
    /** A minority, as disclosed. */
    MINORITY("minority", Kind.BOOLEAN, null),
    /** Homeless or excluded from housing, as disclosed. */
    HOMELESS("homeless", Kind.BOOLEAN, null),
    /** Living in a rural area, as disclosed. */
    RURAL("rural", Kind.BOOLEAN, null),
    /** Living in a priority urban area (quartier prioritaire de la politique de la ville), as disclosed. */
    PRIORITY_URBAN_AREA("priorityUrbanArea", Kind.BOOLEAN, null),
    /** The labour status at entry ({@link LabourStatus}). */
    ENTRY_STATUS("entrySituation.status", Kind.CATEGORY, LabourStatus.class),
    /** The months of unemployment at entry, when recorded. */
    UNEMPLOYED_MONTHS("entrySituation.unemployedMonths", Kind.NUMBER, null),
    /** A minimum-income recipient at entry. */
    MINIMUM_INCOME("entrySituation.minimumIncome", Kind.BOOLEAN, null),
    /**
     * The situation upon leaving ({@link ExitOutcome}): the exit's outcome, replaced by a follow-up
     * within 28 days; no value without an exit or when UNKNOWN.
     */
    EXIT_OUTCOME("exit.outcome", Kind.CATEGORY, ExitOutcome.class),
    /**
     * The situation six months after the exit ({@link ExitOutcome}): the follow-up 5 to 8 months
     * after it, closest to 6; no value when the point is after the reference date, not reached, or UNKNOWN.
     */
    EXIT_OUTCOME_AT_SIX_MONTHS("exit.outcomeAtSixMonths", Kind.CATEGORY, ExitOutcome.class),
    /** The turnover of the activity years, in euros. */
    TURNOVER("activity.turnover", Kind.MONEY, null),
    /** The gross pay of the activity years, in euros. */
    GROSS_PAY("activity.grossPay", Kind.MONEY, null),
    /** The employer's social contributions of the activity years, in euros. */
    EMPLOYER_CONTRIBUTIONS("activity.employerContributions", Kind.MONEY, null),
    /** The employee's social contributions of the activity years, in euros. */
    EMPLOYEE_CONTRIBUTIONS("activity.employeeContributions", Kind.MONEY, null),
    /** The contribution to the cooperative of the activity years, in euros. */
    COOPERATIVE_CONTRIBUTION("activity.cooperativeContribution", Kind.MONEY, null),
    /** The full-time equivalent of the activity years. */
    FTE("activity.fte", Kind.NUMBER, null),
    /** The trainings attended in the activity years. */
    TRAININGS("activity.trainings", Kind.NUMBER, null),
    /** The support interviews of the activity years. */
    SUPPORT_INTERVIEWS("activity.supportInterviews", Kind.NUMBER, null),
    /** The general meetings attended in the activity years. */
    GENERAL_MEETINGS_ATTENDED("activity.generalMeetingsAttended", Kind.NUMBER, null),
    /** The general meetings held in the activity years. */
    GENERAL_MEETINGS_HELD("activity.generalMeetingsHeld", Kind.NUMBER, null),
    /** The days from entry to the first invoice, in the years that record it. */
    DAYS_TO_FIRST_INVOICE("activity.daysToFirstInvoice", Kind.NUMBER, null);

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

    private final String jsonName;
    private final Kind kind;
    private final Class<? extends Enum<?>> categories;

    Field(String jsonName, Kind kind, Class<? extends Enum<?>> categories) {
        this.jsonName = jsonName;
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
        return jsonName.startsWith("activity.");
    }

    /**
     * Returns the field's JSON name, e.g. {@code entrySituation.status}: how catalogues write it.
     *
     * @return the name
     */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
