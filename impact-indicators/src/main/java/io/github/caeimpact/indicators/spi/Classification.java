package io.github.caeimpact.indicators.spi;

/** How one person of a proportion's population is counted. */
public enum Classification {
    /** Counted, with the attribute (in the numerator). */
    YES,
    /** Counted, without the attribute. */
    NO,
    /** Concerned but not countable: no answer, field not recorded. */
    MISSING
}
