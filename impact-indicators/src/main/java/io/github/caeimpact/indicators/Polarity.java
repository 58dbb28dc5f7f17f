package io.github.caeimpact.indicators;

/** Which direction of an indicator's value is an improvement, used when ranking organisations. */
public enum Polarity {
    /** A higher value is better. */
    HIGHER_IS_BETTER,
    /** A lower value is better. */
    LOWER_IS_BETTER,
    /** The value describes, it does not judge; such indicators are not ranked. */
    NEUTRAL
}
