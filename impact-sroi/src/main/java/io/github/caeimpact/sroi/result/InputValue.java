package io.github.caeimpact.sroi.result;

import io.github.caeimpact.sroi.map.FunderKind;

/**
 * One input as valued at the analysis date.
 *
 * @param contributor the stakeholder id or funder name
 * @param description what is put in
 * @param inKind whether it is a valued non-financial input
 * @param value the amount, compounded to the analysis year in evaluative mode, with its formula
 * @param funderKind whose money it is
 */
public record InputValue(String contributor, String description, boolean inKind, Figure value,
        FunderKind funderKind) {
}
