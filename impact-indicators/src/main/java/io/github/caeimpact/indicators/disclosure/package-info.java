/**
 * Statistical disclosure control of a release: thresholds on every published count (numerators and
 * complements included), the p % dominance rule on sums of money ({@link
 * io.github.caeimpact.indicators.disclosure.DominanceRule}), complementary cells checked by a
 * linear-programming audit ({@link io.github.caeimpact.indicators.disclosure.LinearAudit}), what a
 * release states about it ({@link io.github.caeimpact.indicators.disclosure.DisclosureStatement}),
 * and the cell-key perturbation against differencing two releases ({@link
 * io.github.caeimpact.indicators.disclosure.CellKey}).
 */
package io.github.caeimpact.indicators.disclosure;
