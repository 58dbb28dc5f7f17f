package io.github.caeimpact.model;

/**
 * The immediate result indicators of the ESF+ (Regulation (EU) 2021/1057, Annex I) an exit
 * situation counts for.
 */
public enum EsfResult {
    /** Job searching upon leaving (EECR01). */
    JOB_SEARCHING("EECR01"),
    /** In education or training upon leaving (EECR02). */
    IN_EDUCATION_OR_TRAINING("EECR02"),
    /** In employment, including self-employment, upon leaving (EECR04). */
    IN_EMPLOYMENT("EECR04");

    private final String code;

    EsfResult(String code) {
        this.code = code;
    }

    /**
     * Returns the indicator code of the regulation, such as {@code "EECR04"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
