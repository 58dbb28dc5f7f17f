package io.github.caeimpact.model;

/** Who gives the hours of a {@link SupportInput}. */
public enum SupportRole {
    /** A business adviser of the support team (chargé d'accompagnement). */
    BUSINESS_ADVISER,
    /** The pooled services: payroll, accounting, administration. */
    POOLED_SERVICES,
    /** A volunteer, such as a member mentoring newcomers. */
    VOLUNTEER,
    /** Any other role. */
    OTHER
}
