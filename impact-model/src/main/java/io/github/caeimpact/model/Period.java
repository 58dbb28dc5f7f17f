package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of calendar dates, from {@code start} to {@code end} inclusive.
 *
 * @param start the first day, not null
 * @param end the last day, not null and not before {@code start}
 */
public record Period(@NotNull @SupportedDate LocalDate start, @NotNull @SupportedDate LocalDate end) {

    /**
     * Checks the range.
     *
     * @param start the first day
     * @param end the last day
     * @throws NullPointerException if either date is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    @JsonCreator
    public Period(@JsonProperty("start") LocalDate start, @JsonProperty("end") LocalDate end) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end: " + end + " is before start " + start);
        }
    }

    /**
     * Returns the period from {@code start} to {@code end} inclusive.
     *
     * @param start the first day
     * @param end the last day, not before {@code start}
     * @return the period
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /**
     * Returns the calendar year {@code year}, 1 January to 31 December.
     *
     * @param year the year
     * @return the period
     */
    public static Period ofYear(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Tells whether a day falls within the period, ends included.
     *
     * @param date the day, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Tells whether two periods share at least one day.
     *
     * @param other the other period, not null
     * @return true if they overlap
     */
    public boolean overlaps(Period other) {
        Objects.requireNonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Returns the number of days in the period, both ends counted.
     *
     * @return the length in days, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Returns a copy with another last day.
     *
     * @param newEnd the new last day, not before {@code start}
     * @return the new period
     */
    public Period withEnd(LocalDate newEnd) {
        return new Period(start, newEnd);
    }
}
