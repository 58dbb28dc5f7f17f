package io.github.caeimpact.sroi.map;

/**
 * What an outcome row rests on, from the strongest evidence to the weakest.
 */
public enum Evidence {
    /** Measured from records (payroll, accounts, benefit files). */
    MEASURED,
    /** From a survey of the stakeholders. */
    SURVEY,
    /** Estimated from secondary sources or comparable studies. */
    ESTIMATE,
    /** An assumption of the analyst, to be tested by sensitivity analysis. */
    ASSUMPTION
}
