package io.github.caeimpact.sroi.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How many months the value created takes to equal the inputs; null (JSON {@code null}) when it
 * never does, with the reason.
 *
 * <p>Simple payback is {@code inputs / (annual impact / 12)}, the annual impact being the sum of
 * every outcome's first-year impact, undiscounted. Discounted payback is the first month where the
 * cumulative present value reaches the inputs, the present value of a period being spread evenly
 * over its twelve months: {@code 12 × (p − 1) + 12 × (inputs − cumulative PV before p) / PV of p}.
 * Months are rounded to 2 decimal places, half-even.
 *
 * @param simple the simple payback in months, or null
 * @param simpleReason why there is no simple payback, or null
 * @param discounted the discounted payback in months, or null
 * @param discountedReason why there is no discounted payback, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Payback(BigDecimal simple, String simpleReason, BigDecimal discounted, String discountedReason) {

    /**
     * Returns the simple payback.
     *
     * @return the months, or empty when never
     */
    public Optional<BigDecimal> simpleMonths() {
        return Optional.ofNullable(simple);
    }

    /**
     * Returns the discounted payback.
     *
     * @return the months, or empty when never
     */
    public Optional<BigDecimal> discountedMonths() {
        return Optional.ofNullable(discounted);
    }
}
