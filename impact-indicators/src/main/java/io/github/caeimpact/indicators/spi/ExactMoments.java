package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Warning;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.indicators.stats.Intervals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Exact count, sum and sum of squares of decimal values, in longs of the smallest unit while they
 * fit ({@link ExactSum}): associative and order-insensitive.
 */
final class ExactMoments {

    private long count;
    private final ExactSum sum = new ExactSum();
    private final ExactSum sumOfSquares = new ExactSum();

    void add(BigDecimal value) {
        count++;
        int scale = value.scale();
        if (scale < 0 || scale > ExactSum.MAX_SCALE || value.precision() > ExactSum.MAX_SCALE) {
            sum.addToSpill(value);
            sumOfSquares.addToSpill(value.multiply(value));
            return;
        }
        long unscaled = ExactSum.unscaledOf(value);
        if (!sum.addUnscaled(unscaled, scale)) {
            sum.addToSpill(value);
        }
        // The square of unscaled × 10^-scale is unscaled² × 10^-2·scale, exact while it fits in a long.
        long high = Math.multiplyHigh(unscaled, unscaled);
        long square = unscaled * unscaled;
        if (high != 0 || square < 0 || !sumOfSquares.addUnscaled(square, 2 * scale)) {
            sumOfSquares.addToSpill(value.multiply(value));
        }
    }

    void merge(ExactMoments other) {
        count += other.count;
        sum.merge(other.sum);
        sumOfSquares.merge(other.sumOfSquares);
    }

    long count() {
        return count;
    }

    BigDecimal sum() {
        return sum.total();
    }

    /** Returns the mean, or null without values. */
    BigDecimal mean() {
        return count == 0 ? null : sum.total().divide(BigDecimal.valueOf(count), Results.PRECISION);
    }

    /** Returns the unbiased variance (n - 1 divisor), NaN with fewer than 2 values. */
    double variance() {
        if (count < 2) {
            return Double.NaN;
        }
        BigDecimal n = BigDecimal.valueOf(count);
        BigDecimal total = sum.total();
        BigDecimal centred = sumOfSquares.total().subtract(total.multiply(total).divide(n, Results.PRECISION));
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
