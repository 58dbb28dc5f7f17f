package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.caeimpact.model.validation.NonNegativeAmount;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A participant's activity figures for one calendar year, from the organisation's own records
 * (payroll, accounts, CRM). Amounts are in euros for the whole year.
 *
 * @param year the calendar year, from 1990 to 2100
 * @param turnover the turnover of the participant's activity, excluding VAT
 * @param grossPay the gross pay received (salaire brut)
 * @param fte the average full-time equivalent over the year, from 0 to 1.5
 * @param employerContributions the employer social contributions paid on the pay
 * @param employeeContributions the employee social contributions deducted from the pay
 * @param cooperativeContribution the contribution the activity paid to the cooperative
 *     (contribution coopérative, typically about 10 % of turnover)
 * @param trainings the number of trainings followed, zero or more
 * @param supportInterviews the number of individual support interviews, zero or more (décret
 *     n° 2015-1363 asks for at least 2 a year)
 * @param generalMeetingsAttended the number of general meetings attended, zero or more
 * @param generalMeetingsHeld the number of general meetings the organisation held, zero or more
 * @param daysToFirstInvoice days from entry to the first invoice, if it fell in this year; null
 *     otherwise
 */
public record ActivityYear(
        @JsonProperty(required = true) @Min(1990) @Max(2100) int year,
        @NotNull @NonNegativeAmount Money turnover,
        @NotNull @NonNegativeAmount Money grossPay,
        @NotNull @DecimalMin("0") @DecimalMax("1.5") BigDecimal fte,
        @NotNull @NonNegativeAmount Money employerContributions,
        @NotNull @NonNegativeAmount Money employeeContributions,
        @NotNull @NonNegativeAmount Money cooperativeContribution,
        @JsonProperty(required = true) @PositiveOrZero int trainings,
        @JsonProperty(required = true) @PositiveOrZero int supportInterviews,
        @JsonProperty(required = true) @PositiveOrZero int generalMeetingsAttended,
        @JsonProperty(required = true) @PositiveOrZero int generalMeetingsHeld,
        @PositiveOrZero Integer daysToFirstInvoice) {
}
