package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fraction between 0 and 1 inclusive, such as a rate or a deduction (0.25 is 25 %).
 *
 * <p>Construction refuses any value outside {@code [0, 1]}, so a share that exists is valid. In
 * JSON a share is a plain number, for example {@code 0.25}.
 *
 * @param value the fraction, from 0 to 1 inclusive
 */
public record Share(BigDecimal value) implements Comparable<Share> {

    /** No part: 0. */
    public static final Share ZERO = new Share(BigDecimal.ZERO);

    /** The whole: 1. */
    public static final Share ONE = new Share(BigDecimal.ONE);

    /**
     * Checks the fraction.
     *
     * @param value the fraction, from 0 to 1 inclusive
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is below 0 or above 1
     */
    public Share {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("value: a share must be between 0 and 1, was " + value.toPlainString());
        }
    }

    /**
     * Returns the share of the given fraction.
     *
     * @param value the fraction, from 0 to 1 inclusive
     * @return the share
     * @throws IllegalArgumentException if {@code value} is outside {@code [0, 1]}
     */
    @JsonCreator
    public static Share of(BigDecimal value) {
        return new Share(value);
    }

    /**
     * Returns the share parsed from decimal text such as {@code "0.25"}.
     *
     * @param text the decimal text, not null
     * @return the share
     * @throws NumberFormatException if {@code text} is not a decimal number
     * @throws IllegalArgumentException if the number is outside {@code [0, 1]}
     */
    public static Share parse(String text) {
        return of(new BigDecimal(Objects.requireNonNull(text, "text")));
    }

    /**
     * Returns the fraction as written in JSON.
     *
     * @return the fraction
     */
    @JsonValue
    @Override
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns what remains once this share is taken away: {@code 1 - value}.
     *
     * @return the complement
     */
    public Share complement() {
        return new Share(BigDecimal.ONE.subtract(value));
    }

    /**
     * Compares shares by value.
     *
     * @param other the share to compare with
     * @return negative, zero or positive as this share is less, equal or greater
     */
    @Override
    public int compareTo(Share other) {
        return value.compareTo(other.value);
    }
}
