package io.github.caeimpact.indicators.stats;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Paired before/after tests on the differences (after minus before) of the same people. */
public final class PairedTests {

    /**
     * The largest number of non-zero differences for which the exact Wilcoxon p-value is computed.
     * Commons Math enumerates all 2^n sign patterns (n 2^n steps), so the limit is kept at 20
     * (about 20 million steps) rather than its own limit of 30.
     */
    public static final int EXACT_WILCOXON_LIMIT = 20;

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
        if (differences.length < 2 || Arrays.stream(differences).distinct().count() < 2) {
            return Optional.empty();
        }
        TTest test = new TTest();
        return Optional.of(new HypothesisTest(TestMethod.PAIRED_T, test.t(0, differences), test.tTest(0, differences), false));
    }

    /**
     * Returns the two-sided Wilcoxon signed-rank test of no change, as R's
     * {@code wilcox.test(after, before, paired = TRUE)} reports it: zero differences are dropped;
     * the p-value is exact (Commons Math) when at most {@value #EXACT_WILCOXON_LIMIT} non-zero
     * differences remain and none are tied, otherwise the normal approximation with continuity and
     * tie corrections R uses. R also computes the exact p-value for 21 to 49 untied differences,
     * where this method approximates; the two then differ slightly.
     *
     * @param differences the differences after minus before
     * @return the test, or empty when no non-zero difference remains
     */
    public static Optional<HypothesisTest> wilcoxon(double[] differences) {
        double[] nonZero = Arrays.stream(differences).filter(d -> d != 0).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return Optional.empty();
        }
        double[] absolute = Arrays.stream(nonZero).map(Math::abs).toArray();
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(absolute);
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                v += ranks[i];
            }
        }
        double[] sortedAbsolute = absolute.clone();
        Arrays.sort(sortedAbsolute);
        double tieTerm = 0;
        boolean ties = false;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && sortedAbsolute[j] == sortedAbsolute[i]) {
                j++;
            }
            double t = (double) j - i;
            if (t > 1) {
                ties = true;
                tieTerm += t * t * t - t;
            }
            i = j;
        }
        if (!ties && n <= EXACT_WILCOXON_LIMIT) {
            double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nonZero, new double[n], true);
            return Optional.of(new HypothesisTest(TestMethod.WILCOXON_SIGNED_RANK, v, Math.min(1, p), true));
        }
        double size = n;
        double centred = v - size * (size + 1) / 4;
        double sigma = Math.sqrt(size * (size + 1) * (2 * size + 1) / 24 - tieTerm / 48);
        if (sigma == 0) {
            return Optional.empty();
        }
        double z = (centred - Math.signum(centred) * 0.5) / sigma;
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double p = 2 * Math.min(normal.cumulativeProbability(z), 1 - normal.cumulativeProbability(z));
        return Optional.of(new HypothesisTest(TestMethod.WILCOXON_SIGNED_RANK, v, Math.min(1, p), false));
    }
}
