package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void pointIsTheStatedValueElseTheModeElseTheMean() {
        assertThat(new Distribution.Triangular(d("0.1"), d("0.2"), d("0.6"), null).point()).isEqualByComparingTo("0.2");
        assertThat(new Distribution.Pert(d("0.1"), d("0.3"), d("0.6"), null).point()).isEqualByComparingTo("0.3");
        assertThat(new Distribution.Triangular(d("0.1"), d("0.2"), d("0.6"), d("0.25")).point())
                .isEqualByComparingTo("0.25");
        assertThat(new Distribution.Uniform(d("5"), d("15"), null).point()).isEqualByComparingTo("10");
        // Beta mean α / (α + β): 2 / 8 = 0.25.
        assertThat(new Distribution.Beta(d("2"), d("6"), null).point()).isEqualByComparingTo("0.25");
        // exp(μ + σ² / 2) = exp(0 + 0.5) = 1.6487212707001282.
        assertThat(new Distribution.LogNormal(d("0"), d("1"), null).point().doubleValue())
                .isEqualTo(Math.exp(0.5));
        // A normal truncated symmetrically about its mean keeps that mean.
        assertThat(new Distribution.Normal(d("3"), d("1"), d("1"), d("5"), null).point().doubleValue())
                .isEqualTo(3.0);
        assertThat(new Distribution.Normal(d("3"), d("1"), d("4"), d("4"), null).point()).isEqualByComparingTo("4");
    }

    @Test
    void priorsAreTheMetaAnalysisBetasWithTheirMeans() {
        // Beta(3.5, 10.5): 0.25; Beta(3.2, 12.8): 0.2; Beta(2.3, 20.7): 0.1; Beta(1.4, 26.6): 0.05.
        assertThat(new Distribution.FromPrior(Prior.DEADWEIGHT, null).point()).isEqualByComparingTo("0.25");
        assertThat(new Distribution.FromPrior(Prior.ATTRIBUTION, null).point()).isEqualByComparingTo("0.2");
        assertThat(new Distribution.FromPrior(Prior.DROP_OFF, null).point()).isEqualByComparingTo("0.1");
        assertThat(new Distribution.FromPrior(Prior.DISPLACEMENT, null).point()).isEqualByComparingTo("0.05");
        assertThat(Prior.ofJsonName("dropOff")).contains(Prior.DROP_OFF);
        assertThat(Prior.ofJsonName("drop-off")).isEmpty();
    }

    @Test
    void invalidFieldsAreReportedByField() {
        assertThat(new Distribution.Uniform(d("2"), d("1"), null).problems())
                .containsExactly("min: must be at most max (1), was 2");
        assertThat(new Distribution.Triangular(d("0"), d("2"), d("1"), null).problems())
                .containsExactly("mode: must lie within [min, max] = [0, 1], was 2");
        assertThat(new Distribution.Normal(d("0"), d("0"), d("0"), d("1"), null).problems())
                .containsExactly("sd: must be above 0, was 0");
        assertThat(new Distribution.Beta(d("-1"), d("2"), null).problems())
                .containsExactly("alpha: must be above 0, was -1");
        assertThat(new Distribution.LogNormal(d("0"), d("-0.5"), null).problems())
                .containsExactly("sigma: must be above 0, was -0.5");
        assertThat(new Distribution.Pert(d("0"), d("0.5"), d("1"), d("2")).problems())
                .containsExactly("value: must lie within the distribution's range [0.0, 1.0], was 2");
        assertThat(new Distribution.FromPrior(Prior.DEADWEIGHT, d("0.3")).problems()).isEmpty();
    }

    @Test
    void supportIsTheRangeOfTheDraws() {
        assertThat(new Distribution.FromPrior(Prior.DEADWEIGHT, null).lower()).isZero();
        assertThat(new Distribution.FromPrior(Prior.DEADWEIGHT, null).upper()).isEqualTo(1.0);
        assertThat(new Distribution.LogNormal(d("0"), d("1"), null).upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new Distribution.Normal(d("3"), d("1"), d("1"), d("5"), null).lower()).isEqualTo(1.0);
    }
}
