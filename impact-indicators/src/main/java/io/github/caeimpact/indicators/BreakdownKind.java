package io.github.caeimpact.indicators;

/** An attribute (or pair of attributes) a report breaks indicators down by. */
public enum BreakdownKind {
    /** Gender: WOMAN, MAN, NON_BINARY, UNDISCLOSED. */
    GENDER,
    /** Age band at entry (at the reference date for people without an entry date). */
    AGE_BAND,
    /** Labour status at entry. */
    ENTRY_SITUATION,
    /** Education level, UNKNOWN when not recorded. */
    EDUCATION,
    /** The participant's organisation id. */
    ORGANISATION,
    /** The département of the participant's organisation, UNKNOWN if the organisation is not in the dataset. */
    TERRITORY,
    /**
     * The calendar year the participant entered (cohort), UNKNOWN for people without an entry
     * date; not the calendar year measured: for one report per calendar year, see
     * {@link IndicatorEngine#measureByYear(io.github.caeimpact.model.Dataset, MeasureOptions)}.
     */
    ENTRY_YEAR,
    /** Gender by age band at entry, the combined breakdown. */
    GENDER_BY_AGE_BAND
}
