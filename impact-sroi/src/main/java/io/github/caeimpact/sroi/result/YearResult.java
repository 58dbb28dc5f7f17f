package io.github.caeimpact.sroi.result;

/**
 * One year of one outcome: its impact, the factor that brings it to the analysis date and its
 * present value.
 *
 * @param year the outcome's own year, from 1
 * @param period the year of the analysis timeline, from 1 (start offset + year)
 * @param calendarYear the calendar year
 * @param impact the undiscounted impact of the year, {@code It}
 * @param factor the discount (or, in evaluative mode for past years, compounding) factor of the period
 * @param presentValue {@code It × factor}
 */
public record YearResult(int year, int period, int calendarYear, Figure impact, Figure factor, Figure presentValue) {
}
