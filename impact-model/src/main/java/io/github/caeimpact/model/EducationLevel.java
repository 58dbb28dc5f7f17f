package io.github.caeimpact.model;

/**
 * The highest education level reached, in the UNESCO ISCED 2011 bands used by the ESF+ common
 * indicators (EECO09 to EECO11).
 */
public enum EducationLevel {
    /** Primary or lower secondary education (ISCED 0 to 2). */
    ISCED_0_2,
    /** Upper secondary or post-secondary non-tertiary education (ISCED 3 and 4). */
    ISCED_3_4,
    /** Tertiary education (ISCED 5 to 8). */
    ISCED_5_8
}
