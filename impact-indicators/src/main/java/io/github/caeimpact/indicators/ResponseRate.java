package io.github.caeimpact.indicators;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many of the participants who should have answered an instrument at its time point did:
 * {@code respondents / eligible} over the measured period.
 *
 * <p>Eligible participants by time point: ENTRY, those who entered in the period; ANNUAL, those
 * active at some day of the period; EXIT, those who left in the period; FOLLOW_UP, those whose
 * exit plus 6 months falls in the period. A respondent is an eligible participant with at least
 * one response to the instrument at that time point. The counts and the rate are masked (null)
 * when fewer than k participants are eligible or respond.
 *
 * @param instrument the instrument id, such as {@code CAE-IMPACT-ANNUAL}
 * @param timePoint the time point it is administered at
 * @param eligible the eligible participants; null if masked
 * @param respondents the eligible participants who answered; null if masked
 * @param rate {@code respondents / eligible}, a fraction from 0 to 1 with 4 decimals (half-even);
 *     null if masked or nobody is eligible
 * @param masked whether the figures are masked under the disclosure threshold
 */
public record ResponseRate(String instrument, String timePoint, Integer eligible, Integer respondents,
        BigDecimal rate, boolean masked) {

    /**
     * Checks the ids.
     *
     * @param instrument the instrument
     * @param timePoint the time point
     * @param eligible the eligible count
     * @param respondents the respondents
     * @param rate the rate
     * @param masked whether masked
     * @throws NullPointerException if the instrument or time point is null
     */
    public ResponseRate {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timePoint, "timePoint");
    }
}
