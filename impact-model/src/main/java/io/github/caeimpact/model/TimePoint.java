package io.github.caeimpact.model;

/** When in the pathway a survey was answered. */
public enum TimePoint {
    /** On entering (entry questionnaire). */
    ENTRY,
    /** On leaving, within 4 weeks (exit questionnaire). */
    EXIT,
    /** Once a year while in the organisation (annual survey). */
    ANNUAL,
    /** Some months after leaving, about 6 (follow-up questionnaire). */
    FOLLOW_UP
}
