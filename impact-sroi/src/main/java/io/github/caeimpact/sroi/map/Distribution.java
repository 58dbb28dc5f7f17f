package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * What is known of an uncertain numeric parameter of an impact map, written in the map instead of
 * a number: Monte Carlo simulation samples it, the deterministic result uses its {@link #point()}.
 *
 * <p>In JSON: {@code {"distribution":"UNIFORM","min":a,"max":b}},
 * {@code {"distribution":"TRIANGULAR","min":a,"mode":m,"max":b}},
 * {@code {"distribution":"PERT","min":a,"mode":m,"max":b}},
 * {@code {"distribution":"BETA","alpha":a,"beta":b}},
 * {@code {"distribution":"NORMAL","mean":m,"sd":s,"min":a,"max":b}} (truncated to [min, max]),
 * {@code {"distribution":"LOGNORMAL","mu":m,"sigma":s}} or {@code {"prior":"deadweight"}}
 * (see {@link Prior}), each with an optional {@code "value"}: the point of the deterministic
 * result. Without it the point is the mode (triangular, PERT) or the mean. Values are immutable.
 */
@JsonClassDescription("An uncertain parameter, written instead of its number: Monte Carlo draws it; the deterministic "
        + "result uses value, else the mode (TRIANGULAR, PERT) or the mean. Its range must lie within the parameter's "
        + "(a share's within 0..1); NORMAL is truncated to [min, max]; a prior is the meta-analysis beta of SROI.md.")
public sealed interface Distribution permits Distribution.Uniform, Distribution.Triangular, Distribution.Pert,
        Distribution.Beta, Distribution.Normal, Distribution.LogNormal, Distribution.FromPrior {

    /** The precision of derived decimal points (uniform and beta means), beyond a double's. */
    MathContext POINT_PRECISION = MathContext.DECIMAL64;

    /**
     * Returns the point stated in the map, or null.
     *
     * @return the {@code value} field, or null
     */
    BigDecimal value();

    /**
     * Returns the point of the deterministic result: the stated {@code value}, else the mode
     * (triangular, PERT) or the mean.
     *
     * @return the point
     */
    BigDecimal point();

    /**
     * Returns the smallest value the distribution can take ({@code -∞} for an untruncated normal).
     *
     * @return the lower end of the support
     */
    double lower();

    /**
     * Returns the largest value the distribution can take ({@code +∞} for a lognormal).
     *
     * @return the upper end of the support
     */
    double upper();

    /**
     * Returns the rules the distribution's own fields break (min above max, mode outside, sd not
     * above 0, alpha not above 0, a value outside the support), each as {@code field: rule}.
     *
     * @return the problems, empty when valid
     */
    List<String> problems();

    /**
     * A uniform distribution on [min, max].
     *
     * @param min the lower end
     * @param max the upper end, at least min
     * @param value the stated point, or null (then the mean)
     */
    @JsonTypeName("UNIFORM")
    record Uniform(@NotNull BigDecimal min, @NotNull BigDecimal max, BigDecimal value) implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param min not null
         * @param max not null
         * @param value may be null
         */
        public Uniform {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public BigDecimal point() {
            return value != null ? value : min.add(max).divide(BigDecimal.valueOf(2), POINT_PRECISION);
        }

        @Override
        public double lower() {
            return min.doubleValue();
        }

        @Override
        public double upper() {
            return max.doubleValue();
        }

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            ordered(min, max, problems);
            inSupport(this, problems);
            return problems;
        }
    }

    /**
     * A triangular distribution on [min, max] peaking at mode.
     *
     * @param min the lower end
     * @param mode the most likely value, within [min, max]
     * @param max the upper end
     * @param value the stated point, or null (then the mode)
     */
    @JsonTypeName("TRIANGULAR")
    record Triangular(@NotNull BigDecimal min, @NotNull BigDecimal mode, @NotNull BigDecimal max,
            BigDecimal value) implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param min not null
         * @param mode not null
         * @param max not null
         * @param value may be null
         */
        public Triangular {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public BigDecimal point() {
            return value != null ? value : mode;
        }

        @Override
        public double lower() {
            return min.doubleValue();
        }

        @Override
        public double upper() {
            return max.doubleValue();
        }

        @Override
        public List<String> problems() {
            return modal(min, mode, max, this);
        }
    }

    /**
     * A (Beta-)PERT distribution on [min, max] with mode: a beta of shapes
     * {@code 1 + 4 (mode − min) / (max − min)} and {@code 1 + 4 (max − mode) / (max − min)} scaled
     * to the interval, mean {@code (min + 4 mode + max) / 6} (Vose, "Risk Analysis", 2008).
     *
     * @param min the lower end
     * @param mode the most likely value, within [min, max]
     * @param max the upper end
     * @param value the stated point, or null (then the mode)
     */
    @JsonTypeName("PERT")
    record Pert(@NotNull BigDecimal min, @NotNull BigDecimal mode, @NotNull BigDecimal max,
            BigDecimal value) implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param min not null
         * @param mode not null
         * @param max not null
         * @param value may be null
         */
        public Pert {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public BigDecimal point() {
            return value != null ? value : mode;
        }

        @Override
        public double lower() {
            return min.doubleValue();
        }

        @Override
        public double upper() {
            return max.doubleValue();
        }

        @Override
        public List<String> problems() {
            return modal(min, mode, max, this);
        }
    }

    /**
     * A beta distribution on [0, 1].
     *
     * @param alpha the first shape, above 0
     * @param beta the second shape, above 0
     * @param value the stated point, or null (then the mean {@code alpha / (alpha + beta)})
     */
    @JsonTypeName("BETA")
    record Beta(@NotNull BigDecimal alpha, @NotNull BigDecimal beta, BigDecimal value) implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param alpha not null
         * @param beta not null
         * @param value may be null
         */
        public Beta {
            Objects.requireNonNull(alpha, "alpha");
            Objects.requireNonNull(beta, "beta");
        }

        @Override
        public BigDecimal point() {
            if (value != null) {
                return value;
            }
            return alpha.divide(alpha.add(beta), POINT_PRECISION).stripTrailingZeros();
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return 1;
        }

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            positive("alpha", alpha, problems);
            positive("beta", beta, problems);
            if (problems.isEmpty()) {
                inSupport(this, problems);
            }
            return problems;
        }
    }

    /**
     * A normal distribution truncated to [min, max].
     *
     * @param mean the mean of the untruncated normal
     * @param sd its standard deviation, above 0
     * @param min the lower truncation
     * @param max the upper truncation, at least min
     * @param value the stated point, or null (then the mean of the truncated distribution)
     */
    @JsonTypeName("NORMAL")
    record Normal(@NotNull BigDecimal mean, @NotNull BigDecimal sd, @NotNull BigDecimal min, @NotNull BigDecimal max,
            BigDecimal value)
            implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param mean not null
         * @param sd not null
         * @param min not null
         * @param max not null
         * @param value may be null
         */
        public Normal {
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(sd, "sd");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        @Override
        public BigDecimal point() {
            if (value != null) {
                return value;
            }
            if (min.compareTo(max) == 0) {
                return min;
            }
            double m = TruncatedNormalDistribution.of(mean.doubleValue(), sd.doubleValue(), min.doubleValue(),
                    max.doubleValue()).getMean();
            return new BigDecimal(Double.toString(m));
        }

        @Override
        public double lower() {
            return min.doubleValue();
        }

        @Override
        public double upper() {
            return max.doubleValue();
        }

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            positive("sd", sd, problems);
            ordered(min, max, problems);
            if (problems.isEmpty()) {
                inSupport(this, problems);
            }
            return problems;
        }
    }

    /**
     * A lognormal distribution: the logarithm is normal with mean mu and standard deviation sigma.
     *
     * @param mu the mean of the logarithm
     * @param sigma the standard deviation of the logarithm, above 0
     * @param value the stated point, or null (then the mean {@code exp(mu + sigma² / 2)})
     */
    @JsonTypeName("LOGNORMAL")
    record LogNormal(@NotNull BigDecimal mu, @NotNull BigDecimal sigma, BigDecimal value) implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param mu not null
         * @param sigma not null
         * @param value may be null
         */
        public LogNormal {
            Objects.requireNonNull(mu, "mu");
            Objects.requireNonNull(sigma, "sigma");
        }

        @Override
        public BigDecimal point() {
            if (value != null) {
                return value;
            }
            double s = sigma.doubleValue();
            return new BigDecimal(Double.toString(Math.exp(mu.doubleValue() + s * s / 2)));
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            positive("sigma", sigma, problems);
            if (problems.isEmpty()) {
                inSupport(this, problems);
            }
            return problems;
        }
    }

    /**
     * A meta-analysis prior: the beta distribution of {@link Prior}.
     *
     * @param prior which prior
     * @param value the stated point, or null (then the prior's mean)
     */
    record FromPrior(@NotNull Prior prior, BigDecimal value) implements Distribution {
        /**
         * Checks for nulls.
         *
         * @param prior not null
         * @param value may be null
         */
        public FromPrior {
            Objects.requireNonNull(prior, "prior");
        }

        /**
         * Returns the beta distribution this prior stands for.
         *
         * @return the beta, with the same stated point
         */
        public Beta beta() {
            return new Beta(prior.alpha(), prior.beta(), value);
        }

        @Override
        public BigDecimal point() {
            return beta().point();
        }

        @Override
        public double lower() {
            return 0;
        }

        @Override
        public double upper() {
            return 1;
        }

        @Override
        public List<String> problems() {
            return beta().problems();
        }
    }

    private static void ordered(BigDecimal min, BigDecimal max, List<String> problems) {
        if (min.compareTo(max) > 0) {
            problems.add("min: must be at most max (" + max.toPlainString() + "), was " + min.toPlainString());
        }
    }

    private static void positive(String field, BigDecimal x, List<String> problems) {
        if (x.signum() <= 0) {
            problems.add(field + ": must be above 0, was " + x.toPlainString());
        }
    }

    private static List<String> modal(BigDecimal min, BigDecimal mode, BigDecimal max, Distribution d) {
        List<String> problems = new ArrayList<>();
        ordered(min, max, problems);
        if (problems.isEmpty() && (mode.compareTo(min) < 0 || mode.compareTo(max) > 0)) {
            problems.add("mode: must lie within [min, max] = [" + min.toPlainString() + ", " + max.toPlainString()
                    + "], was " + mode.toPlainString());
        }
        if (problems.isEmpty()) {
            inSupport(d, problems);
        }
        return problems;
    }

    private static void inSupport(Distribution d, List<String> problems) {
        BigDecimal value = d.value();
        if (value != null && (value.doubleValue() < d.lower() || value.doubleValue() > d.upper())) {
            problems.add("value: must lie within the distribution's range [" + d.lower() + ", " + d.upper()
                    + "], was " + value.toPlainString());
        }
    }
}
