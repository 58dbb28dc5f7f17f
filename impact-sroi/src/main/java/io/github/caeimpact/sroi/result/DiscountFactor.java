package io.github.caeimpact.sroi.result;

import java.math.BigDecimal;

/**
 * The rate and cumulative growth of one period of the timeline; factors are derived from them.
 *
 * @param period the number of years from the analysis date, from 1
 * @param rate the rate of that year, after the {@code ratePrecision} convention
 * @param growth {@code Π(1 + r_k)} for {@code k = 1..period}, exact
 */
public record DiscountFactor(int period, BigDecimal rate, BigDecimal growth) {
}
