package io.github.caeimpact.sroi.map;

import java.util.Set;

/**
 * Whose money an input is, so that a result can state the value per euro of one kind of funder,
 * such as the local public money French CAE funders ask about.
 */
public enum FunderKind {
    /** A commune (municipality). */
    COMMUNE,
    /** An EPCI: an intercommunal body (métropole, communauté d'agglomération, communauté de communes). */
    EPCI,
    /** A département. */
    DEPARTEMENT,
    /** A région. */
    REGION,
    /** The State and its agencies. */
    STATE,
    /** The European Social Fund (ESF+). */
    ESF,
    /** A private funder: a foundation, a company, a bank. */
    PRIVATE,
    /** The cooperative's or the entrepreneurs' own contribution. */
    OWN_CONTRIBUTION,
    /** Any other or unstated funder (the default). */
    OTHER;

    /** The kinds whose money is local public money: commune, EPCI, département and région. */
    public static final Set<FunderKind> LOCAL_PUBLIC = Set.of(COMMUNE, EPCI, DEPARTEMENT, REGION);
}
