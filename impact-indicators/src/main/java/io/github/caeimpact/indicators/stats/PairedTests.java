package io.github.caeimpact.indicators.stats;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Paired before/after tests on the differences (after minus before) of the same people.
 *
 * <p>A test is withheld (empty) by one rule each: the t-test with fewer than 2 differences or
 * zero variance (t is undefined); the Wilcoxon test when no non-zero difference remains.
 */
public final class PairedTests {

    /**
     * The number of non-zero differences from which the Wilcoxon p-value is approximated, as in R:
     * below it, and without zeros or ties, the exact p-value is computed.
     */
    public static final int EXACT_WILCOXON_LIMIT = 50;

    private PairedTests() {
    }

    /**
     * Returns the two-sided paired t-test of a zero mean difference, as R's
     * {@code t.test(after, before, paired = TRUE)} reports it.
     *
     * @param differences the differences after minus before
     * @return the test, or empty with fewer than 2 differences or when all differences are equal
     */
    public static Optional<HypothesisTest> pairedT(double[] differences) {
        int n = differences.length;
        if (n < 2) {
            return Optional.empty();
        }
        double mean = 0;
        for (double d : differences) {
            mean += d;
        }
        mean /= n;
        double squares = 0;
        for (double d : differences) {
            squares += (d - mean) * (d - mean);
        }
        return pairedT(n, mean, squares / (n - 1));
    }

    /**
     * Returns the two-sided paired t-test of a zero mean difference from the differences' summary,
     * so that an accumulator holding exact sums gets the same test whatever its merge order.
     *
     * @param n the number of differences
     * @param mean their mean
     * @param variance their unbiased variance (divided by n - 1)
     * @return the test, or empty with fewer than 2 differences or a variance of zero
     */
    public static Optional<HypothesisTest> pairedT(long n, double mean, double variance) {
        if (n < 2 || !(variance > 0) || !Double.isFinite(mean)) {
            return Optional.empty();
        }
        double t = mean / Math.sqrt(variance / n);
        double p = 2 * TDistribution.of(n - 1.0).cumulativeProbability(-Math.abs(t));
        return Optional.of(new HypothesisTest(TestMethod.PAIRED_T, t, Math.min(1, p), PValueMethod.T_DISTRIBUTION, n, 0));
    }

    /**
     * Returns the two-sided Wilcoxon signed-rank test of no change, as R's
     * {@code wilcox.test(after, before, paired = TRUE)} reports it: zero differences are dropped
     * (R's default); the p-value is exact when fewer than {@value #EXACT_WILCOXON_LIMIT} non-zero
     * differences remain and there were neither zeros nor ties (R's rule), computed by counting the
     * subsets of ranks 1..n by their sum (n^3/2 steps); otherwise it is the normal approximation with
     * continuity and tie corrections R uses. The result says which.
     *
     * @param differences the differences after minus before
     * @return the test, or empty when no non-zero difference remains
     */
    public static Optional<HypothesisTest> wilcoxon(double[] differences) {
        int zeros = 0;
        for (double d : differences) {
            if (d == 0) {
                zeros++;
            }
        }
        int n = differences.length - zeros;
        if (n == 0) {
            return Optional.empty();
        }
        // Ranks of |d| with the positive differences' |d| beside them, both sorted: primitives only,
        // since a million differences as pairs of boxed arrays would cost forty megabytes.
        double[] absolute = new double[n];
        int positives = 0;
        for (double d : differences) {
            if (d > 0) {
                positives++;
            }
        }
        double[] positive = new double[positives];
        int at = 0;
        int up = 0;
        for (double d : differences) {
            if (d != 0) {
                absolute[at++] = Math.abs(d);
            }
            if (d > 0) {
                positive[up++] = d;
            }
        }
        Arrays.sort(absolute);
        Arrays.sort(positive);
        double v = 0;
        double tieTerm = 0;
        boolean ties = false;
        int nextPositive = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && absolute[j] == absolute[i]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0; // mid-rank of positions i+1..j
            int positiveInGroup = 0;
            while (nextPositive < positives && positive[nextPositive] == absolute[i]) {
                positiveInGroup++;
                nextPositive++;
            }
            v += rank * positiveInGroup;
            double t = (double) j - i;
            if (t > 1) {
                ties = true;
                tieTerm += t * t * t - t;
            }
            i = j;
        }
        if (n < EXACT_WILCOXON_LIMIT && !ties && zeros == 0) {
            return Optional.of(new HypothesisTest(TestMethod.WILCOXON_SIGNED_RANK, v, exactSignedRankP((long) v, n),
                    PValueMethod.EXACT, n, 0));
        }
        double size = n;
        double centred = v - size * (size + 1) / 4;
        double sigma = Math.sqrt(size * (size + 1) * (2 * size + 1) / 24 - tieTerm / 48);
        if (sigma == 0) {
            return Optional.empty();
        }
        double z = (centred - Math.signum(centred) * 0.5) / sigma;
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double p = 2 * Math.min(normal.cumulativeProbability(z), normal.cumulativeProbability(-z));
        return Optional.of(new HypothesisTest(TestMethod.WILCOXON_SIGNED_RANK, v, Math.min(1, p),
                PValueMethod.NORMAL_APPROXIMATION_WITH_CONTINUITY_CORRECTION, n, zeros));
    }

    /**
     * The exact two-sided p-value of V for n untied ranks, as R: {@code psignrank} in the tail V
     * lies in, doubled, at most 1. Counts of rank subsets by sum fit a long (at most 2^49).
     */
    static double exactSignedRankP(long v, int n) {
        int max = n * (n + 1) / 2;
        long[] ways = new long[max + 1];
        ways[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int sum = Math.min(max, rank * (rank + 1) / 2); sum >= rank; sum--) {
                ways[sum] += ways[sum - rank];
            }
        }
        double total = Math.pow(2, n);
        long tail = 0;
        if (v > max / 2.0) {
            for (long s = v; s <= max; s++) {
                tail += ways[(int) s];
            }
        } else {
            for (long s = 0; s <= v; s++) {
                tail += ways[(int) s];
            }
        }
        return Math.min(1, 2 * tail / total);
    }
}
