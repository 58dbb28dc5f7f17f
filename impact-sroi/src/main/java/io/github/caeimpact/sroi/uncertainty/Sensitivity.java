package io.github.caeimpact.sroi.uncertainty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a one-way sensitivity analysis (the data of one bar of a tornado chart): a parameter
 * moved to a low and a high value, all others as in the map, and the SROI ratio at each.
 *
 * @param parameter what the parameter is: {@code quantity, proxy, deadweight, displacement,
 *     attribution, dropOff, durationYears, leakage} or {@code discountRate} (the rate, one rate of
 *     a schedule, or β of a French rule)
 * @param outcome the id of the outcome it belongs to, or null for the discounting
 * @param path the parameter's address, such as {@code outcomes[2].attribution[1]}, which tells two
 *     attribution shares of one outcome apart
 * @param low the low value
 * @param high the high value
 * @param ratioLow the SROI ratio with the low value
 * @param ratioHigh the SROI ratio with the high value
 * @param swing {@code |ratioHigh − ratioLow|}, by which rows are ranked
 */
public record Sensitivity(String parameter, String outcome, String path, BigDecimal low, BigDecimal high,
        double ratioLow, double ratioHigh, double swing) {

    /**
     * Checks for nulls.
     *
     * @param parameter not null
     * @param outcome may be null
     * @param path not null
     * @param low not null
     * @param high not null
     * @param ratioLow the ratio at low
     * @param ratioHigh the ratio at high
     * @param swing the swing
     */
    public Sensitivity {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
