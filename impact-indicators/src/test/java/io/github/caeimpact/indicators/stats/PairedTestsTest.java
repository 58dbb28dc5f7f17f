package io.github.caeimpact.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedTestsTest {

    /** Student's sleep data, differences group 2 - group 1 (R dataset {@code sleep}). */
    private static final double[] SLEEP = {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4};

    @Test
    void pairedTMatchesRTTestOnSleep() {
        // R: with(sleep, t.test(extra[group == 2], extra[group == 1], paired = TRUE))
        //    t = 4.0621, df = 9, p-value = 0.002833
        HypothesisTest test = PairedTests.pairedT(SLEEP).orElseThrow();
        assertThat(test.statistic()).isCloseTo(4.0621, within(1e-4));
        assertThat(test.pValue()).isCloseTo(0.002833, within(1e-6));
        assertThat(test.method()).isEqualTo(TestMethod.PAIRED_T);
    }

    @Test
    void wilcoxonExactMatchesRHollanderWolfeExample() {
        // R ?wilcox.test example (Hollander & Wolfe 1973, p. 29, depression scale):
        //   x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
        //   y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
        //   wilcox.test(x, y, paired = TRUE, alternative = "greater") -> V = 40, p-value = 0.01953
        // Two-sided doubles it. By hand: |d| ranks 1..9, negatives 0.08 (rank 2) and 0.147 (rank 3), so W- = 5, V = 45 - 5 = 40;
        // subsets of {1..9} with rank sum <= 5: {}, {1}, {2}, {3}, {1,2}, {4}, {1,3}, {5}, {1,4}, {2,3} = 10, so P = 2 * 10 / 512 = 0.0390625.
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        HypothesisTest test = PairedTests.wilcoxon(d).orElseThrow();
        assertThat(test.statistic()).isEqualTo(40.0);
        assertThat(test.pValue()).isCloseTo(0.0390625, within(1e-9));
        assertThat(test.exact()).isTrue();
    }

    @Test
    void wilcoxonWithTiesAndZerosMatchesRNormalApproximation() {
        // R: with(sleep, wilcox.test(extra[group == 1], extra[group == 2], paired = TRUE))
        //   V = 0, p-value = 0.009091 (warnings: cannot compute exact p-value with ties and with zeroes)
        // By hand: the zero is dropped (n = 9), ties 1.3/1.3 -> sigma = sqrt(9*10*19/24 - 6/48) = 8.43357,
        //   z = (0 - 22.5 + 0.5) / 8.43357 = -2.60862, p = 2 * pnorm(-2.60862) = 0.009091.
        double[] negated = new double[SLEEP.length];
        for (int i = 0; i < SLEEP.length; i++) {
            negated[i] = -SLEEP[i];
        }
        HypothesisTest test = PairedTests.wilcoxon(negated).orElseThrow();
        assertThat(test.statistic()).isEqualTo(0.0);
        assertThat(test.pValue()).isCloseTo(0.009091, within(1e-6));
        assertThat(test.exact()).isFalse();
    }

    @Test
    void wilcoxonExactFor25UntiedDifferencesMatchesR() {
        // R: d <- c(0.5, -1, 1.5, 2, -2.5, 3, 3.5, 4, -4.5, 5, 5.5, -6, 6.5, 7, 7.5, -8, 8.5, 9, 9.5, 10, -10.5, 11, 11.5, -12, 12.5)
        //    wilcox.test(d)  ->  V = 236, p-value = 0.04826 (exact; scipy.stats.wilcoxon(d, method="exact"): 0.04826241731643677)
        double[] d = {0.5, -1, 1.5, 2, -2.5, 3, 3.5, 4, -4.5, 5, 5.5, -6, 6.5, 7, 7.5, -8, 8.5, 9, 9.5, 10, -10.5, 11, 11.5, -12, 12.5};
        HypothesisTest test = PairedTests.wilcoxon(d).orElseThrow();
        assertThat(test.statistic()).isEqualTo(236.0);
        assertThat(test.pValue()).isCloseTo(0.04826241731643677, within(1e-12));
        assertThat(test.pValueMethod()).isEqualTo(PValueMethod.EXACT);
        assertThat(test.n()).isEqualTo(25);
    }

    @Test
    void wilcoxonIsExactUpTo49AndApproximatedFrom50LikeR() {
        // R: s <- ifelse((0:48 * 7) %% 5 < 3, 1, -1); d49 <- (1:49) * s
        //    wilcox.test(d49) -> V = 745, p-value = 0.1909 (exact; scipy exact: 0.19092828477869617)
        //    wilcox.test(c(d49, 50)) -> V = 795, p-value = 0.1296 (normal, correct = TRUE; scipy approx: 0.12962944555138664)
        double[] d49 = new double[49];
        for (int i = 0; i < 49; i++) {
            d49[i] = (i + 1) * ((i * 7) % 5 < 3 ? 1 : -1);
        }
        HypothesisTest exact = PairedTests.wilcoxon(d49).orElseThrow();
        assertThat(exact.statistic()).isEqualTo(745.0);
        assertThat(exact.pValue()).isCloseTo(0.19092828477869617, within(1e-12));
        assertThat(exact.pValueMethod()).isEqualTo(PValueMethod.EXACT);
        double[] d50 = java.util.Arrays.copyOf(d49, 50);
        d50[49] = 50;
        HypothesisTest approximate = PairedTests.wilcoxon(d50).orElseThrow();
        assertThat(approximate.statistic()).isEqualTo(795.0);
        assertThat(approximate.pValue()).isCloseTo(0.12962944555138664, within(1e-10));
        assertThat(approximate.pValueMethod()).isEqualTo(PValueMethod.NORMAL_APPROXIMATION_WITH_CONTINUITY_CORRECTION);
    }

    @Test
    void wilcoxonWithZerosButNoTiesUsesTheNormalApproximationLikeR() {
        // R: wilcox.test(c(0, 0, 1.5, -2.5, 3.5, 4.5, 5.5, -6.5, 7.5, 8.5, 9.5))
        //    -> V = 37, p-value = 0.0972 ("cannot compute exact p-value with zeroes"); zeros dropped, n = 9:
        //    z = (37 - 22.5 - 0.5) / sqrt(9 * 10 * 19 / 24) = 14 / 8.44097 = 1.65858, p = 2 * pnorm(-1.65858) = 0.0972011
        HypothesisTest test = PairedTests.wilcoxon(new double[] {0, 0, 1.5, -2.5, 3.5, 4.5, 5.5, -6.5, 7.5, 8.5, 9.5}).orElseThrow();
        assertThat(test.statistic()).isEqualTo(37.0);
        assertThat(test.pValue()).isCloseTo(0.09720108830623472, within(1e-12));
        assertThat(test.pValueMethod()).isEqualTo(PValueMethod.NORMAL_APPROXIMATION_WITH_CONTINUITY_CORRECTION);
        assertThat(test.n()).isEqualTo(9);
        assertThat(test.zerosDropped()).isEqualTo(2);
    }

    @Test
    void wilcoxonWithZerosAndTiesMatchesR() {
        // R: wilcox.test(c(0, 2, 2, -1, 3, 3, 3, -4, 5, 6, 6)) -> V = 47, p-value = 0.05187
        //    (ties 2,2 / 3,3,3 / 6,6: sigma^2 = 10*11*21/24 - (6 + 24 + 6)/48 = 95.5; scipy approx: 0.05186541479146726)
        HypothesisTest test = PairedTests.wilcoxon(new double[] {0, 2, 2, -1, 3, 3, 3, -4, 5, 6, 6}).orElseThrow();
        assertThat(test.statistic()).isEqualTo(47.0);
        assertThat(test.pValue()).isCloseTo(0.05186541479146726, within(1e-12));
        assertThat(test.zerosDropped()).isEqualTo(1);
    }

    @Test
    void pairedTFromSummaryEqualsPairedTFromValues() {
        HypothesisTest fromValues = PairedTests.pairedT(SLEEP).orElseThrow();
        HypothesisTest fromSummary = PairedTests.pairedT(10, 1.58, 1.5128888888888887).orElseThrow();
        assertThat(fromSummary.statistic()).isCloseTo(fromValues.statistic(), within(1e-9));
        assertThat(fromSummary.pValue()).isCloseTo(fromValues.pValue(), within(1e-12));
        assertThat(fromSummary.n()).isEqualTo(10);
    }

    @Test
    void noTestWithoutVariation() {
        assertThat(PairedTests.pairedT(new double[] {2, 2, 2})).isEmpty();
        assertThat(PairedTests.wilcoxon(new double[] {0, 0})).isEmpty();
    }
}
