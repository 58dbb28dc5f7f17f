package io.github.caeimpact.indicators.declared;

/**
 * The populations a declared indicator can start from, the same ones the shipped catalogue names
 * (see {@link io.github.caeimpact.indicators.spi.Populations}).
 */
public enum BasePopulation {
    /** People who entered in the period: their first CAPE start or CESA signature is dated in it. */
    ENTRANTS,
    /** Entrepreneurs present in the period: entered on or before its end, not left before its start. */
    ENTREPRENEURS,
    /** People of any relationship present in the period: first event on or before its end, not left before its start. */
    PRESENT,
    /** People whose exit is dated in the period. */
    LEAVERS,
    /** Entrepreneurs present in the period with at least one activity year overlapping it. */
    WITH_ACTIVITY
}
