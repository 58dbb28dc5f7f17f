package io.github.caeimpact.indicators;

/** Where an indicator's data comes from. */
public enum DataSource {
    /** The entry questionnaire and the situation recorded at entry. */
    ENTRY,
    /** The exit questionnaire and outcome, within 4 weeks of leaving. */
    EXIT,
    /** The follow-up, about 6 months after leaving. */
    FOLLOW_UP,
    /** The annual survey of participants. */
    ANNUAL,
    /** The organisation's own records: payroll, accounts, CRM. */
    ADMIN
}
