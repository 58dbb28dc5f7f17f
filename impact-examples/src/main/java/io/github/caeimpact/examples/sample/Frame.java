package io.github.caeimpact.examples.sample;

import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a synthetic dataset is observed: entries fall between {@code start} and {@code end}, the data
 * are as of {@code reference} (late enough for six-month follow-ups).
 *
 * @param start the first day of the period
 * @param end the last day of the period
 * @param reference the day the data are as of
 */
record Frame(LocalDate start, LocalDate end, LocalDate reference) {

    Period period() {
        return Period.of(start, end);
    }

    /** Returns the part of a calendar year inside the period. */
    Period yearWithin(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return Period.of(from.isBefore(start) ? start : from, to.isAfter(end) ? end : to);
    }

    /** Returns the share of a calendar year inside the period: 1 for a whole year. */
    double shareOfYear(int year) {
        Period within = yearWithin(year);
        long days = ChronoUnit.DAYS.between(within.start(), within.end()) + 1;
        return (double) days / LocalDate.of(year, 1, 1).lengthOfYear();
    }
}
