package io.github.caeimpact.model;

/** The labour-market status of a participant when they enter, as in the ESF+ indicators. */
public enum LabourStatus {
    /** Unemployed: without a job and looking for one. */
    UNEMPLOYED,
    /** Inactive: without a job and not looking for one. */
    INACTIVE,
    /** Employed by someone else. */
    EMPLOYED,
    /** Self-employed. */
    SELF_EMPLOYED,
    /** In education. */
    STUDENT
}
