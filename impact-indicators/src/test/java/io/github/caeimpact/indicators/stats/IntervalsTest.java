package io.github.caeimpact.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void wilsonMatchesRPropTestWithoutContinuityCorrection() {
        // R 4.x: prop.test(7, 10, correct = FALSE)$conf.int  ->  0.3967781 0.8922087
        // Closed form (Wilson 1927), z = qnorm(0.975) = 1.959964, p = 0.7, n = 10:
        //   centre = (p + z^2/2n) / (1 + z^2/n) = (0.7 + 0.192070) / 1.384146 = 0.644491
        //   half   = z * sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n) = 1.959964 * 0.174939 / 1.384146 = 0.247716
        //   -> [0.396778, 0.892209]
        ConfidenceInterval interval = Intervals.wilson(7, 10, 0.95).orElseThrow();
        assertThat(interval.lower()).isCloseTo(0.3967781, within(1e-7));
        assertThat(interval.upper()).isCloseTo(0.8922087, within(1e-7));
        assertThat(interval.method()).isEqualTo(IntervalMethod.WILSON);
    }

    @Test
    void quantileInterpolatesBetweenOrderStatisticsAsRsTypeSeven() {
        // R: quantile(c(1, 2, 3, 4), c(0.3, 0.5, 0.95), type = 7) -> 1.90 2.50 3.85
        double[] sorted = {1, 2, 3, 4};
        assertThat(Intervals.quantile(sorted, 0.3)).isCloseTo(1.9, within(1e-12));
        assertThat(Intervals.quantile(sorted, 0.5)).isCloseTo(2.5, within(1e-12));
        assertThat(Intervals.quantile(sorted, 0.95)).isCloseTo(3.85, within(1e-12));
        assertThat(Intervals.quantile(sorted, 1)).isEqualTo(4);
        assertThat(Intervals.quantile(new double[] {7}, 0.05)).isEqualTo(7);
        // Equal neighbours give their value exactly, with no rounding residue.
        assertThat(Intervals.quantile(new double[] {0.1, 0.1, 0.1}, 0.37)).isEqualTo(0.1);
        assertThatThrownBy(() -> Intervals.quantile(new double[0], 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Intervals.quantile(sorted, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wilsonStaysInsideZeroOneAtTheEdges() {
        // R: prop.test(0, 20, correct = FALSE)$conf.int -> 0.0000000 0.1611252 (closed form: upper = z^2/n / (1 + z^2/n) = 0.192073/1.192073)
        ConfidenceInterval none = Intervals.wilson(0, 20, 0.95).orElseThrow();
        assertThat(none.lower()).isEqualTo(0.0);
        assertThat(none.upper()).isCloseTo(0.1611252, within(1e-6));
        assertThat(Intervals.wilson(0, 0, 0.95)).isEmpty();
    }

    @Test
    void studentTMatchesRTTestOnTheSleepDifferences() {
        // Student's sleep data (Cushny & Peebles 1905, R dataset `sleep`): differences group 2 - group 1.
        // R: with(sleep, t.test(extra[group == 2] - extra[group == 1]))$conf.int -> 0.7001142 2.4598858, mean 1.58
        double[] d = {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4};
        double mean = java.util.Arrays.stream(d).sum() / d.length;
        double variance = java.util.Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (d.length - 1);
        ConfidenceInterval interval = Intervals.studentT(d.length, mean, variance, 0.95).orElseThrow();
        assertThat(interval.lower()).isCloseTo(0.7001142, within(1e-7));
        assertThat(interval.upper()).isCloseTo(2.4598858, within(1e-7));
        assertThat(Intervals.studentT(1, 3, 0, 0.95)).isEmpty();
    }

    @Test
    void studentTIsWithheldWhenEveryValueIsEqual() {
        // R: t.test(c(2, 2, 2)) stops with "data are essentially constant"; a zero-width 95 % interval is never shown.
        assertThat(Intervals.studentT(3, 2, 0, 0.95)).isEmpty();
    }

    @Test
    void orderStatisticMedianIntervalMatchesTheBinomialRuleWithTies() {
        // R: x <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5); k <- qbinom(0.025, 11, 0.5)   # k = 2
        //    sort(x)[c(k, 11 - k + 1)]  ->  1 6     (sorted: 1 1 2 3 3 4 5 5 5 6 9)
        //    coverage 1 - 2 * pbinom(k - 1, 11, 0.5) = 1 - 2 * 12 / 2048 = 0.98828
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        ConfidenceInterval interval = Intervals.orderStatisticMedian(x, 0.95).orElseThrow();
        assertThat(interval.lower()).isEqualTo(1.0);
        assertThat(interval.upper()).isEqualTo(6.0);
        assertThat(interval.method()).isEqualTo(IntervalMethod.ORDER_STATISTIC);
        assertThat(x[0]).as("input untouched").isEqualTo(3.0);
    }

    @Test
    void orderStatisticMedianIntervalOfAHundredValues() {
        // R: v <- (0:99 * 37) %% 101; k <- qbinom(0.025, 100, 0.5)   # k = 40
        //    sort(v)[c(40, 61)] -> 39 60; median(v) = 49.5  (scipy.stats.binom.ppf(0.025, 100, 0.5) = 40 agrees)
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = (i * 37) % 101;
        }
        ConfidenceInterval interval = Intervals.orderStatisticMedian(v, 0.95).orElseThrow();
        assertThat(interval.lower()).isEqualTo(39.0);
        assertThat(interval.upper()).isEqualTo(60.0);
        assertThat(Intervals.median(v)).isEqualTo(49.5);
    }

    @Test
    void orderStatisticMedianIntervalIsWithheldWhenNIsTooSmallForTheLevel() {
        // qbinom(0.025, 5, 0.5) = 0 (P(B = 0) = 1/32 > 0.025): no pair of order statistics reaches 95 %.
        assertThat(Intervals.orderStatisticMedian(new double[] {1, 2, 3, 4, 5}, 0.95)).isEmpty();
        // qbinom(0.025, 6, 0.5) = 1: the range [x(1), x(6)], coverage 1 - 2/64 = 0.96875.
        ConfidenceInterval six = Intervals.orderStatisticMedian(new double[] {6, 5, 4, 3, 2, 1}, 0.95).orElseThrow();
        assertThat(six.lower()).isEqualTo(1.0);
        assertThat(six.upper()).isEqualTo(6.0);
        assertThat(Intervals.orderStatisticMedian(new double[0], 0.95)).isEmpty();
    }

    @Test
    void orderStatisticMedianIntervalAgreesWithSortingOnRandomInput() {
        long seed = 20_261_202L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 200; c++) {
            int n = 6 + random.nextInt(300);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(40); // many ties
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int k = binomialHalfQuantile(n, 0.025);
            ConfidenceInterval interval = Intervals.orderStatisticMedian(values, 0.95).orElseThrow();
            assertThat(interval.lower()).as("seed %d case %d", seed, c).isEqualTo(sorted[k - 1]);
            assertThat(interval.upper()).as("seed %d case %d", seed, c).isEqualTo(sorted[n - k]);
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            assertThat(Intervals.median(values)).as("seed %d case %d", seed, c).isEqualTo(median);
        }
    }

    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(Intervals.median(new double[] {1, 3, 8})).isEqualTo(3.0);
        assertThat(Intervals.median(new double[] {1, 3, 8, 10})).isEqualTo(5.5);
        assertThat(Intervals.median(new double[0])).isNaN();
        // R 4.x: median(c(100, -1, 2, 7, 2, 4)) = 3; median(c(0.1, 0.2)) = 0.15; median(c(5)) = 5.
        assertThat(Intervals.median(new double[] {100, -1, 2, 7, 2, 4})).isEqualTo(3.0);
        assertThat(Intervals.median(new double[] {0.1, 0.2})).isCloseTo(0.15, within(1e-15));
        assertThat(Intervals.median(new double[] {5})).isEqualTo(5.0);
    }

    @Test
    void bootstrapMedianIsSeededByTheDataNotTheirOrder() {
        long seed = 20_261_126L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 50; c++) {
            int n = 2 + random.nextInt(200);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(365);
            }
            double[] shuffled = values.clone();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            ConfidenceInterval a = Intervals.bootstrapMedian(values, 0.95, 500, 7).orElseThrow();
            ConfidenceInterval b = Intervals.bootstrapMedian(shuffled, 0.95, 500, 7).orElseThrow();
            assertThat(a).as("seed %d case %d", seed, c).isEqualTo(b);
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            assertThat(a.lower()).as("seed %d case %d", seed, c).isGreaterThanOrEqualTo(sorted[0]);
            assertThat(a.upper()).as("seed %d case %d", seed, c).isLessThanOrEqualTo(sorted[n - 1]);
        }
    }

    @Test
    void bootstrapMedianCoversTheSampleMedianOfASymmetricSample() {
        // 1..101: median 51; the bootstrap median distribution is centred on it.
        double[] values = new double[101];
        for (int i = 0; i < 101; i++) {
            values[i] = i + 1;
        }
        ConfidenceInterval interval = Intervals.bootstrapMedian(values, 0.95, 2000, 1).orElseThrow();
        assertThat(interval.contains(51)).isTrue();
        // Asymptotic standard error of the median ~ sqrt(pi/2) * sd / sqrt(n) = 1.2533 * 29.3 / 10.05 = 3.65, so the 95 % interval is about +-7.2.
        assertThat(interval.upper() - interval.lower()).isBetween(8.0, 22.0);
    }

    /** The smallest k with P(X <= k) >= p for X ~ Binomial(n, 1/2), summed exactly from the binomial coefficients. */
    private static int binomialHalfQuantile(int n, double p) {
        java.math.BigInteger total = java.math.BigInteger.ONE.shiftLeft(n);
        java.math.BigInteger cumulative = java.math.BigInteger.ZERO;
        java.math.BigInteger coefficient = java.math.BigInteger.ONE;
        for (int k = 0; k <= n; k++) {
            cumulative = cumulative.add(coefficient);
            if (new java.math.BigDecimal(cumulative).divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL64).doubleValue() >= p) {
                return k;
            }
            coefficient = coefficient.multiply(java.math.BigInteger.valueOf(n - k)).divide(java.math.BigInteger.valueOf(k + 1));
        }
        return n;
    }
}
