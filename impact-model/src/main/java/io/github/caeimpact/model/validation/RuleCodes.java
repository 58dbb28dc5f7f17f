package io.github.caeimpact.model.validation;

/**
 * The stable codes of the rules a dataset is checked against, as they appear in
 * {@link Problem#code()}. Software may match on them; they never change meaning.
 *
 * <p>The catalogue, impact-map, proxy-library and price-index readers of the other modules use the
 * same codes for the same problem: a missing field is {@link #FIELD_REQUIRED}, a blank text
 * {@link #FIELD_BLANK}, a malformed id or code {@link #FIELD_PATTERN}, a number outside its range
 * {@link #FIELD_OUT_OF_RANGE}, a negative amount, quantity or value {@link #AMOUNT_NEGATIVE},
 * wherever it is. Each module adds the codes of its own rules ({@code CsvRuleCodes},
 * {@code SurveyRuleCodes}, {@code CatalogueRuleCodes}, {@code MapRuleCodes}); RULE-CODES.md at the
 * root of the project lists them all.
 *
 * <p>Errors reject the value; the three codes marked <em>warning</em> accept it.
 */
public final class RuleCodes {

    private RuleCodes() {
    }

    /** The document is not well-formed JSON (syntax error, truncation, trailing content, bad bytes). */
    public static final String JSON_MALFORMED = "JSON_MALFORMED";
    /** A JSON value has the wrong type (a string for a number, an array for an object...). */
    public static final String JSON_WRONG_TYPE = "JSON_WRONG_TYPE";
    /** A JSON value has the right type but cannot be read (an unknown enum name, a bad date). */
    public static final String JSON_INVALID_VALUE = "JSON_INVALID_VALUE";
    /** A field the format does not define. */
    public static final String JSON_UNKNOWN_FIELD = "JSON_UNKNOWN_FIELD";
    /** A required number or boolean is missing (other missing fields are {@link #FIELD_REQUIRED}). */
    public static final String JSON_MISSING_FIELD = "JSON_MISSING_FIELD";
    /**
     * The document exceeds a {@link io.github.caeimpact.model.json.JsonLimits} limit, or a number
     * exceeds the bounds a reader sets on it (decimal places or magnitude of a map's numbers).
     */
    public static final String JSON_LIMIT_EXCEEDED = "JSON_LIMIT_EXCEEDED";
    /** Any other failure to map JSON to the model; the message says what. */
    public static final String JSON_INVALID = "JSON_INVALID";
    /** Reading participant by participant needs the dataset's own fields before the participants. */
    public static final String JSON_FIELD_ORDER = "JSON_FIELD_ORDER";
    /**
     * Stands for the problems left out of a report beyond {@link ValidationReport#MAX_PROBLEMS}; its
     * message says how many. An error if any problem left out is an error, otherwise a warning.
     */
    public static final String PROBLEMS_OMITTED = "PROBLEMS_OMITTED";

    /** A required field is missing or null. */
    public static final String FIELD_REQUIRED = "FIELD_REQUIRED";
    /** A text field is empty or only white space. */
    public static final String FIELD_BLANK = "FIELD_BLANK";
    /** A text field does not have the required form (identifiers, INSEE codes, format version). */
    public static final String FIELD_PATTERN = "FIELD_PATTERN";
    /** A number is outside its allowed range (years, counts, full-time equivalent, Likert scale). */
    public static final String FIELD_OUT_OF_RANGE = "FIELD_OUT_OF_RANGE";
    /** A text is longer than allowed. */
    public static final String FIELD_TOO_LONG = "FIELD_TOO_LONG";
    /** An amount of money is below zero. */
    public static final String AMOUNT_NEGATIVE = "AMOUNT_NEGATIVE";
    /** Another field constraint failed, or a value is not one of those allowed; the message says which. */
    public static final String FIELD_INVALID = "FIELD_INVALID";
    /** A list that needs at least one element is empty. */
    public static final String FIELD_EMPTY = "FIELD_EMPTY";
    /** Fields contradict each other, or a field is given where the others say it has no place. */
    public static final String FIELDS_INCONSISTENT = "FIELDS_INCONSISTENT";

    /** Two organisations share an id. */
    public static final String DUPLICATE_ORGANISATION_ID = "DUPLICATE_ORGANISATION_ID";
    /** Two participants share an id. */
    public static final String DUPLICATE_PARTICIPANT_ID = "DUPLICATE_PARTICIPANT_ID";
    /** A participant's organisationId names no organisation of the dataset. */
    public static final String UNKNOWN_ORGANISATION = "UNKNOWN_ORGANISATION";
    /** A date (or year) lies after the dataset's reference date: it cannot have been observed. */
    public static final String DATE_AFTER_REFERENCE = "DATE_AFTER_REFERENCE";
    /**
     * A date lies outside 1900-01-01..2100-12-31
     * ({@link io.github.caeimpact.model.validation.SupportedDate}).
     */
    public static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";

    /** Pathway events are not in non-decreasing date order. */
    public static final String PATHWAY_DATE_ORDER = "PATHWAY_DATE_ORDER";
    /** A CAPE renewal or end comes without an open CAPE started before it. */
    public static final String PATHWAY_CAPE_ORDER = "PATHWAY_CAPE_ORDER";
    /** A participant became an associate without a CESA signed before. */
    public static final String PATHWAY_ASSOCIATE_ORDER = "PATHWAY_ASSOCIATE_ORDER";
    /** An event other than a follow-up comes after the exit (the exit is last). */
    public static final String PATHWAY_AFTER_EXIT = "PATHWAY_AFTER_EXIT";
    /** A follow-up comes without an exit before it. */
    public static final String PATHWAY_FOLLOW_UP_WITHOUT_EXIT = "PATHWAY_FOLLOW_UP_WITHOUT_EXIT";
    /** CAPE time adds up to more than 36 months (Code de commerce L127-1: 12 months, renewed twice). */
    public static final String CAPE_TOO_LONG = "CAPE_TOO_LONG";
    /** A CAPE was renewed more than twice (Code de commerce L127-1). */
    public static final String CAPE_TOO_MANY_RENEWALS = "CAPE_TOO_MANY_RENEWALS";
    /** An exit or follow-up has no outcome. */
    public static final String EVENT_OUTCOME_MISSING = "EVENT_OUTCOME_MISSING";
    /** An event other than an exit or follow-up has an outcome. */
    public static final String EVENT_OUTCOME_UNEXPECTED = "EVENT_OUTCOME_UNEXPECTED";

    /** An unemployed participant lacks the months of unemployment. */
    public static final String UNEMPLOYED_MONTHS_MISSING = "UNEMPLOYED_MONTHS_MISSING";
    /** A participant who was not unemployed has months of unemployment. */
    public static final String UNEMPLOYED_MONTHS_UNEXPECTED = "UNEMPLOYED_MONTHS_UNEXPECTED";
    /** A participant has two activity figures for the same year. */
    public static final String DUPLICATE_ACTIVITY_YEAR = "DUPLICATE_ACTIVITY_YEAR";
    /** More general meetings attended than held in a year. */
    public static final String MEETINGS_ATTENDED_ABOVE_HELD = "MEETINGS_ATTENDED_ABOVE_HELD";

    /** A Likert answer is not an integer from 1 to its scale. */
    public static final String LIKERT_OUT_OF_SCALE = "LIKERT_OUT_OF_SCALE";
    /** A Likert answer has no scale. */
    public static final String LIKERT_SCALE_MISSING = "LIKERT_SCALE_MISSING";
    /** An answer that is not a Likert answer has a scale. */
    public static final String SCALE_UNEXPECTED = "SCALE_UNEXPECTED";
    /** A yes/no answer is neither 0 nor 1. */
    public static final String YES_NO_NOT_BINARY = "YES_NO_NOT_BINARY";
    /** A survey response answers the same item twice. */
    public static final String DUPLICATE_ANSWER_ITEM = "DUPLICATE_ANSWER_ITEM";

    /**
     * Warning: a participant became an associate more than 36 months after the CESA, net of CAPE
     * time, or is still not one past that deadline (Code du travail L7331-3).
     */
    public static final String ASSOCIATE_LATE = "ASSOCIATE_LATE";
    /**
     * Warning: an entrepreneur had fewer than 2 individual support interviews in a calendar year
     * spent entirely in the organisation, entered by 1 January and not left before 31 December
     * (décret n° 2015-1363).
     */
    public static final String SUPPORT_INTERVIEWS_BELOW_MINIMUM = "SUPPORT_INTERVIEWS_BELOW_MINIMUM";
    /** Warning: a follow-up is not between 5 and 8 months after the exit (aimed at 6). */
    public static final String FOLLOW_UP_TIMING = "FOLLOW_UP_TIMING";
}
