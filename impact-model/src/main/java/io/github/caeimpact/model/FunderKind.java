package io.github.caeimpact.model;

/** Who pays a {@link Funding}: the investors of the SROI. */
public enum FunderKind {
    /** An inter-municipal body (établissement public de coopération intercommunale, métropole). */
    EPCI,
    /** A département, often through its minimum-income (RSA) integration budget. */
    DEPARTEMENT,
    /** A région. */
    REGION,
    /** The State and its agencies. */
    STATE,
    /** The European Social Fund (FSE / ESF+). */
    ESF,
    /** A private funder: foundation, company, bank. */
    PRIVATE,
    /** The entrepreneurs themselves, through the cooperative contribution on their turnover. */
    ENTREPRENEURS_CONTRIBUTION
}
