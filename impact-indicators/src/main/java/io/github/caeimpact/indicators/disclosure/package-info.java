/**
 * Statistical disclosure control: cells counting fewer than k people are masked, and enough other
 * cells are masked too that no masked cell can be recovered by subtraction from published totals.
 */
package io.github.caeimpact.indicators.disclosure;
