package io.github.caeimpact.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in euros, held exactly as a {@link BigDecimal}.
 *
 * <p>Arithmetic keeps full precision; rounding happens only when an amount is presented, through
 * {@link #rounded()} (scale 2, {@link RoundingMode#HALF_EVEN}). In JSON an amount is a plain
 * number of euros, for example {@code 1823.03}.
 */
public final class Money implements Comparable<Money> {

    /** The currency of every amount in the library: ISO 4217 code {@code EUR}. */
    public static final String CURRENCY = "EUR";

    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Returns an amount of euros.
     *
     * @param amount the amount in euros, not null
     * @return the money
     * @throws NullPointerException if {@code amount} is null
     */
    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(Objects.requireNonNull(amount, "amount"));
    }

    /**
     * Returns an amount of euros parsed from its decimal text, such as {@code "1823.03"}.
     *
     * @param text the decimal text, not null
     * @return the money
     * @throws NullPointerException if {@code text} is null
     * @throws NumberFormatException if {@code text} is not a decimal number
     */
    public static Money parse(String text) {
        return of(new BigDecimal(Objects.requireNonNull(text, "text")));
    }

    /**
     * Returns the exact amount in euros.
     *
     * @return the amount, never null
     */
    @JsonValue
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other the amount to add, not null
     * @return the exact sum
     */
    public Money plus(Money other) {
        return new Money(amount.add(Objects.requireNonNull(other, "other").amount));
    }

    /**
     * Returns this amount minus another.
     *
     * @param other the amount to subtract, not null
     * @return the exact difference
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(Objects.requireNonNull(other, "other").amount));
    }

    /**
     * Returns this amount multiplied by a factor, exactly.
     *
     * @param factor the factor, not null
     * @return the exact product
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")));
    }

    /**
     * Tells whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns this amount rounded for presentation: scale 2, half-even.
     *
     * @return the rounded amount in euros
     */
    public BigDecimal rounded() {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Compares amounts by value, ignoring scale ({@code 1.0} equals {@code 1.00}).
     *
     * @param other the amount to compare with
     * @return negative, zero or positive as this amount is less, equal or greater
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * Tells whether another object is money of the same value, ignoring scale.
     *
     * @param obj the other object
     * @return true if equal in value
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && amount.compareTo(other.amount) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /**
     * Returns the amount followed by the currency, such as {@code "1823.03 EUR"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + CURRENCY;
    }
}
