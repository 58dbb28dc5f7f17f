package io.github.caeimpact.sroi.result;

/**
 * One input as valued at the analysis date.
 *
 * @param contributor the stakeholder id or funder name
 * @param description what is put in
 * @param inKind whether it is a valued non-financial input
 * @param value the amount, compounded to the analysis year in evaluative mode, with its formula
 */
public record InputValue(String contributor, String description, boolean inKind, Figure value) {
}
