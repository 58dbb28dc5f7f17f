package io.github.caeimpact.model;

/** How a {@link Participant} relates to their organisation. */
public enum Relationship {
    /** An entrepreneur hosted by a CAE (under CAPE, CESA, or as an associate). */
    ENTREPRENEUR,
    /** A member of a collective other than a CAE entrepreneur. */
    MEMBER,
    /** A resident of a tiers-lieu. */
    RESIDENT,
    /** A user of the services of a collective. */
    USER
}
