package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.indicators.stats.Intervals;
import java.math.BigDecimal;
import java.util.List;

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

    /**
     * Returns the Student t interval of the mean, or null; when people were counted but the
     * interval is withheld (one value, or every value equal), adds the warning that says why.
     */
    ConfidenceInterval tInterval(double level, List<Warning> warnings) {
        BigDecimal mean = mean();
        if (mean == null) {
            return null;
        }
        double variance = variance();
        ConfidenceInterval interval = Intervals.studentT(count, mean.doubleValue(), variance, level).orElse(null);
        if (interval == null) {
            warnings.add(Warning.intervalWithheld(count < 2 ? "a single value" : "every one of the " + count + " values is "
                    + mean.stripTrailingZeros().toPlainString() + " (zero variance)"));
        }
        return interval;
    }
}
