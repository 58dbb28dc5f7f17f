package io.github.caeimpact.model;

/** The age bands of the ESF+ common indicators (EECO06 to EECO08). */
public enum AgeBand {
    /** Under 18 years. */
    UNDER_18,
    /** From 18 to 29 years. */
    FROM_18_TO_29,
    /** From 30 to 54 years. */
    FROM_30_TO_54,
    /** 55 years and over. */
    FROM_55;

    /**
     * Returns the band of an age in whole years.
     *
     * @param age the age in years
     * @return the band; negative ages fall in {@link #UNDER_18}
     */
    public static AgeBand ofAge(int age) {
        if (age < 18) {
            return UNDER_18;
        }
        if (age < 30) {
            return FROM_18_TO_29;
        }
        return age < 55 ? FROM_30_TO_54 : FROM_55;
    }
}
