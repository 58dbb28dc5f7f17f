package io.github.caeimpact.indicators.internal;

import java.math.BigDecimal;

/** Exact count, sum and sum of squares of decimal values: associative and order-insensitive. */
final class ExactMoments {

    private long count;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal sumOfSquares = BigDecimal.ZERO;

    void add(BigDecimal value) {
        count++;
        sum = sum.add(value);
        sumOfSquares = sumOfSquares.add(value.multiply(value));
    }

    void merge(ExactMoments other) {
        count += other.count;
        sum = sum.add(other.sum);
        sumOfSquares = sumOfSquares.add(other.sumOfSquares);
    }

    long count() {
        return count;
    }

    BigDecimal sum() {
        return sum;
    }

    /** Returns the mean, or null without values. */
    BigDecimal mean() {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), Results.PRECISION);
    }

    /** Returns the unbiased variance (n - 1 divisor), NaN with fewer than 2 values. */
    double variance() {
        if (count < 2) {
            return Double.NaN;
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal centred = sumOfSquares.subtract(sum.multiply(sum).divide(n, Results.PRECISION));
        return centred.divide(BigDecimal.valueOf(count - 1), Results.PRECISION).max(BigDecimal.ZERO).doubleValue();
    }
}
