package io.github.caeimpact.indicators;

/**
 * The dimension an indicator belongs to: the seven impact dimensions of the CAE-IMPACT national
 * report (Coopérer pour Entreprendre, 2021) plus two dimensions for funders.
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
    /** Economy of cooperation and mutual aid (économie de la coopération et de l'entraide). */
    COOPERATION,
    /** Quality of life at and through work. */
    WELLBEING,
    /** Innovation and social responsibility. */
    INNOVATION,
    /** Situation at and after exit, for funders. */
    EXITS,
    /** Contributions generated and public costs avoided, for funders. */
    PUBLIC_FINANCE
}
