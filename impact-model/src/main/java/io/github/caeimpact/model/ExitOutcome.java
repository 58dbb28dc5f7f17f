package io.github.caeimpact.model;

import java.util.Optional;

/**
 * The situation of a participant on leaving or at follow-up.
 *
 * <p>No national nomenclature exists; this one is the library's, mapped to the ESF+ results by
 * {@link #esfResult()}. Staying in the organisation is not an exit.
 */
public enum ExitOutcome {
    /** Created or took over their own business outside the organisation. */
    BUSINESS_CREATED,
    /** Permanent salaried employment (CDI). */
    EMPLOYED_PERMANENT,
    /** Fixed-term salaried employment of 6 months or more (CDD). */
    EMPLOYED_FIXED_TERM_6_MONTHS_PLUS,
    /** Salaried employment of less than 6 months. */
    EMPLOYED_SHORT_TERM,
    /** In education or training. */
    TRAINING,
    /** Looking for a job. */
    JOB_SEARCH,
    /** Inactive, including retired. */
    INACTIVE,
    /** Moved away; situation not known beyond that. */
    MOVED_AWAY,
    /** Gave up the project without another known situation. */
    ABANDONED,
    /** Situation unknown. */
    UNKNOWN;

    /**
     * Tells whether the person is in employment, self-employment included.
     *
     * @return true for a created business and the three kinds of employment
     */
    public boolean inEmployment() {
        return this == BUSINESS_CREATED || this == EMPLOYED_PERMANENT
                || this == EMPLOYED_FIXED_TERM_6_MONTHS_PLUS || this == EMPLOYED_SHORT_TERM;
    }

    /**
     * Tells whether the person is in education or training.
     *
     * @return true for {@link #TRAINING}
     */
    public boolean inEducationOrTraining() {
        return this == TRAINING;
    }

    /**
     * Tells whether the person is looking for a job.
     *
     * @return true for {@link #JOB_SEARCH}
     */
    public boolean jobSearching() {
        return this == JOB_SEARCH;
    }

    /**
     * Returns the ESF+ immediate result this situation counts for.
     *
     * @return the result, or empty when the situation counts for none
     */
    public Optional<EsfResult> esfResult() {
        if (inEmployment()) {
            return Optional.of(EsfResult.IN_EMPLOYMENT);
        }
        if (inEducationOrTraining()) {
            return Optional.of(EsfResult.IN_EDUCATION_OR_TRAINING);
        }
        return jobSearching() ? Optional.of(EsfResult.JOB_SEARCHING) : Optional.empty();
    }
}
