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
    void noTestWithoutVariation() {
        assertThat(PairedTests.pairedT(new double[] {2, 2, 2})).isEmpty();
        assertThat(PairedTests.wilcoxon(new double[] {0, 0})).isEmpty();
    }
}
