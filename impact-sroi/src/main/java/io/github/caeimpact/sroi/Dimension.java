package io.github.caeimpact.sroi;

/**
 * The CAE-IMPACT impact dimension an outcome belongs to (the seven dimensions of the national
 * report plus two for funders).
 */
public enum Dimension {
    /** Diversify who becomes an entrepreneur (diversifier les publics de l'entrepreneuriat). */
    PUBLICS,
    /** Secure pathways through access to rights (sécuriser les parcours par l'accès aux droits). */
    RIGHTS,
    /** Get the project going (activer le projet). */
    ACTIVITY,
    /** Technical, democratic and cooperative skills. */
    SKILLS,
    /** Economy of cooperation and mutual aid. */
    COOPERATION,
    /** Quality of life at and through work. */
    WELLBEING,
    /** Innovation and social responsibility. */
    INNOVATION,
    /** Situation at and after exit. */
    EXITS,
    /** Public finance: contributions generated, public costs avoided. */
    PUBLIC_FINANCE
}
