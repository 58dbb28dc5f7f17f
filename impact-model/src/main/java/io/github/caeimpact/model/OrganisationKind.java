package io.github.caeimpact.model;

/** What kind of work collective an {@link Organisation} is. */
public enum OrganisationKind {
    /**
     * A business and employment cooperative (coopérative d'activité et d'emploi, loi n° 2014-856
     * art. 47-48).
     */
    CAE,
    /** A tiers-lieu: a shared work place run as a collective (coworking, fab lab, third place). */
    TIERS_LIEU,
    /** Any other work collective, such as a cooperative group or a coworking SCIC. */
    OTHER
}
