package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.Parameter;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ParameterKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One-way sensitivity analysis: each parameter of a compiled map (every outcome's quantity, proxy
 * value, duration and deductions, and the discount rate or β) moved alone to a low and a high
 * value, ranked by the swing of the SROI ratio.
 *
 * <p>The low and high values are the baseline ± the given percentage, clipped to the parameter's
 * range (shares to 0..1, a rate below 1, β to 0..10, a duration above 0), or, for a parameter
 * written as a distribution, its stated bounds: min and max of a uniform, triangular, PERT or
 * truncated normal, the 5th and 95th percentiles of a beta, prior or lognormal. Input amounts are
 * left as written. Ratios come from the plan's {@code double} path.
 */
public final class SensitivityAnalysis {

    /** The default variation: 20 %. */
    public static final BigDecimal DEFAULT_PERCENT = BigDecimal.valueOf(20);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SensitivityAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param plan the compiled map
     * @param distributions the parameters written as distributions, by address (may be empty)
     * @param percent the variation in percent, above 0 and at most 100
     * @return one row per parameter, the largest swing first (ties in vector order)
     * @throws IllegalArgumentException if the percentage is out of range
     */
    public static List<Sensitivity> of(EvaluationPlan plan, Map<ParameterId, Distribution> distributions,
            BigDecimal percent) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(distributions, "distributions");
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percent: must be above 0 and at most 100, was "
                    + percent.toPlainString());
        }
        BigDecimal fraction = percent.divide(HUNDRED);
        List<Parameter> parameters = plan.parameters();
        double[] v = plan.baselineDoubles();
        List<Sensitivity> rows = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (!Vocabulary.varied(parameter)) {
                continue;
            }
            String name = Vocabulary.name(parameter);
            BigDecimal[] bounds = bounds(parameter, distributions.get(parameter.id()), fraction);
            double base = v[i];
            v[i] = bounds[0].doubleValue();
            double ratioLow = plan.sroiRatio(v);
            v[i] = bounds[1].doubleValue();
            double ratioHigh = plan.sroiRatio(v);
            v[i] = base;
            rows.add(new Sensitivity(name, parameter.outcomeId(), parameter.id().path(), bounds[0], bounds[1],
                    ratioLow, ratioHigh, Math.abs(ratioHigh - ratioLow)));
        }
        // A stable sort keeps vector order among equal swings: the same rows in the same order each run.
        rows.sort(Comparator.comparingDouble(Sensitivity::swing).reversed());
        return List.copyOf(rows);
    }

    private static BigDecimal[] bounds(Parameter parameter, Distribution distribution, BigDecimal fraction) {
        if (distribution != null) {
            if (distribution instanceof Distribution.Beta || distribution instanceof Distribution.FromPrior
                    || distribution instanceof Distribution.LogNormal) {
                return new BigDecimal[] {decimal(Sampling.quantile(distribution, 0.05)),
                        decimal(Sampling.quantile(distribution, 0.95))};
            }
            return new BigDecimal[] {decimal(distribution.lower()), decimal(distribution.upper())};
        }
        BigDecimal base = parameter.baseline();
        BigDecimal low = base.subtract(base.multiply(fraction));
        BigDecimal high = base.add(base.multiply(fraction));
        return new BigDecimal[] {clip(low, parameter.kind()), clip(high, parameter.kind())};
    }

    private static BigDecimal clip(BigDecimal x, ParameterKind kind) {
        double lowest = kind.lowest();
        double highest = kind.highest();
        if (x.doubleValue() < lowest) {
            return decimal(lowest);
        }
        if (x.doubleValue() > highest) {
            return decimal(highest);
        }
        return x;
    }

    private static BigDecimal decimal(double x) {
        return new BigDecimal(Double.toString(x));
    }
}
