package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.sroi.engine.EvaluationPlan;
import io.github.caeimpact.sroi.engine.Parameter;
import io.github.caeimpact.sroi.map.ParameterKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * Break-even (switching) values: for each parameter of a compiled map, the value at which the SROI
 * ratio equals a target, all other parameters as in the map.
 *
 * <p>Where the ratio is linear in the parameter (a quantity, a proxy value, a deadweight,
 * displacement, attribution or leakage share) the value is solved in closed form from the ratio
 * at 0 and at 1; otherwise (drop-off, duration, the discount rate or β) the parameter's range is
 * scanned on {@value #GRID} intervals for a change of sign of {@code ratio − target}, the one
 * nearest the map's value is kept and Commons Numbers' {@link BrentSolver} finds the root in it. A
 * root is returned only when the ratio recomputed there equals the target within
 * {@value #TOLERANCE} relative; otherwise (no root in range, the ratio independent of the
 * parameter, or a step, such as whole-year durations under {@code ROUND_UP}) the value is null and
 * a reason says why. A change of sign between two grid points that touch the target twice goes
 * unseen.
 */
public final class BreakEvenAnalysis {

    /** The default target: an SROI ratio of 1. */
    public static final double DEFAULT_TARGET = 1;

    /** The number of intervals the range of a non-linear parameter is scanned on. */
    static final int GRID = 64;

    /** The relative tolerance within which a returned value gives the target. */
    static final double TOLERANCE = 1e-10;

    private BreakEvenAnalysis() {
    }

    /**
     * Finds the break-even value of every parameter except input amounts.
     *
     * @param plan the compiled map
     * @param target the target SROI ratio, finite
     * @return one row per parameter, in vector order
     * @throws IllegalArgumentException if the target is not finite
     */
    public static List<BreakEven> of(EvaluationPlan plan, double target) {
        Objects.requireNonNull(plan, "plan");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target: must be finite, was " + target);
        }
        List<Parameter> parameters = plan.parameters();
        double[] v = plan.baselineDoubles();
        List<BreakEven> rows = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (!Vocabulary.varied(parameter)) {
                continue;
            }
            String name = Vocabulary.name(parameter);
            Search search = new Search(plan, v, i, target);
            String[] reason = new String[1];
            Double value = Vocabulary.linear(parameter)
                    ? search.linear(parameter.kind(), reason)
                    : search.bracketed(parameter.kind(), reason);
            rows.add(new BreakEven(name, parameter.outcomeId(), parameter.id().path(), value,
                    value == null ? reason[0] : null));
        }
        return List.copyOf(rows);
    }

    /** The search along one parameter; restores the vector after each evaluation. */
    private static final class Search {
        private final EvaluationPlan plan;
        private final double[] v;
        private final int index;
        private final double target;
        private final double base;

        Search(EvaluationPlan plan, double[] v, int index, double target) {
            this.plan = plan;
            this.v = v;
            this.index = index;
            this.target = target;
            this.base = v[index];
        }

        double ratio(double x) {
            v[index] = x;
            double ratio = plan.sroiRatio(v);
            v[index] = base;
            return ratio;
        }

        Double linear(ParameterKind kind, String[] reason) {
            double lowest = kind.lowest();
            double highest = kind.highest();
            double at0 = ratio(0);
            double slope = ratio(1) - at0;
            if (slope == 0) {
                reason[0] = "the ratio does not depend on this parameter: it stays at " + at0;
                return null;
            }
            double x = (target - at0) / slope;
            if (!(x >= lowest && x <= highest)) {
                reason[0] = outOfRange(ratio(lowest), ratio(highest), lowest, highest);
                return null;
            }
            return accept(x, reason);
        }

        Double bracketed(ParameterKind kind, String[] reason) {
            double lowest = kind.lowest();
            double highest = kind.highest();
            double best = Double.NaN;
            double bestA = 0;
            double bestB = 0;
            double previousX = lowest;
            double previous = ratio(lowest) - target;
            double min = previous;
            double max = previous;
            if (previous == 0) {
                return accept(lowest, reason);
            }
            for (int k = 1; k <= GRID; k++) {
                double x = k == GRID ? highest : lowest + (highest - lowest) * k / GRID;
                double f = ratio(x) - target;
                min = Math.min(min, f);
                max = Math.max(max, f);
                if (f == 0) {
                    return accept(x, reason);
                }
                if (Math.signum(f) != Math.signum(previous)) {
                    double distance = Math.min(Math.abs(previousX - base), Math.abs(x - base));
                    if (Double.isNaN(best) || distance < best) {
                        best = distance;
                        bestA = previousX;
                        bestB = x;
                    }
                }
                previousX = x;
                previous = f;
            }
            if (Double.isNaN(best)) {
                reason[0] = "the ratio stays " + (min > 0 ? "above" : "below") + " the target over the range ["
                        + lowest + ", " + highest + "]: between " + (min + target) + " and " + (max + target);
                return null;
            }
            BrentSolver solver = new BrentSolver(1e-15, Math.ulp(highest), 1e-15);
            double root = solver.findRoot(x -> ratio(x) - target, bestA, bestB);
            return accept(root, reason);
        }

        private Double accept(double x, String[] reason) {
            double ratio = ratio(x);
            if (Math.abs(ratio - target) <= TOLERANCE * Math.max(Math.abs(target), Double.MIN_NORMAL)) {
                return x;
            }
            reason[0] = "no value gives the target exactly: the ratio jumps past it at about " + x
                    + " (from " + ratio(Math.nextDown(x)) + " to " + ratio(Math.nextUp(x)) + ")";
            return null;
        }

        private String outOfRange(double atLowest, double atHighest, double lowest, double highest) {
            return "none in the range [" + lowest + ", " + highest + "]: the ratio goes from " + atLowest + " to "
                    + atHighest;
        }
    }
}
