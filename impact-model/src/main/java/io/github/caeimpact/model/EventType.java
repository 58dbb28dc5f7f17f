package io.github.caeimpact.model;

/** The steps of a participant's pathway (parcours) through a CAE or another collective. */
public enum EventType {
    /** Came to an information meeting. */
    INFORMATION,
    /** Individual intake interview (accueil). */
    INTAKE,
    /**
     * Signed a CAPE, the test-phase contract (contrat d'appui au projet d'entreprise, Code de
     * commerce L127-1 to L127-7): at most 12 months, renewable twice.
     */
    CAPE_START,
    /** Renewed the CAPE for up to 12 more months. */
    CAPE_RENEWAL,
    /** The CAPE ended. */
    CAPE_END,
    /**
     * Signed a CESA, the employment contract of an entrepreneur (contrat d'entrepreneur salarié
     * associé, Code du travail L7331-2).
     */
    CESA_SIGNED,
    /** Became an associate (associé), a member of the cooperative (Code du travail L7331-3). */
    BECAME_ASSOCIATE,
    /** Left the organisation (sortie); carries the situation on leaving. */
    EXIT,
    /** Situation observed some months after leaving (about 6); carries that situation. */
    FOLLOW_UP
}
