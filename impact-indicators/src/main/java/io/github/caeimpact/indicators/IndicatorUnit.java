package io.github.caeimpact.indicators;

/** The unit of an indicator's value. */
public enum IndicatorUnit {
    /** A number of people. */
    COUNT,
    /** A share between 0 and 1, presented as a percentage. */
    SHARE,
    /** An amount in euros. */
    EUR,
    /** An amount in euros per person and month. */
    EUR_PER_MONTH,
    /** A number of days. */
    DAYS,
    /** Points on a score scale. */
    POINTS,
    /** A number of occurrences per person and year. */
    PER_PERSON_YEAR
}
