package io.github.caeimpact.indicators.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The audit of a release by linear programming, as τ-ARGUS (Statistics Netherlands) audits a
 * suppression pattern: the masked figures are the unknowns, every relation the published figures
 * satisfy (a total equals the sum of its parts, a figure appears in two tables, what a mask
 * reason says about its cell) is a linear constraint, and the interval in which a masked figure
 * (or a linear combination of them, such as a complement n - numerator) can lie is found by
 * minimising and maximising it with the simplex method (Commons Math {@link SimplexSolver}, Dantzig's
 * rule). The relaxation to real numbers only widens the intervals an attacker restricted to whole
 * people would find by at most rounding, so an interval found narrower than a protection interval
 * is a true disclosure.
 *
 * <p>Constraints only link the variables they name: each interval is computed on the connected
 * group of variables that share constraints with it, which keeps the programs small.
 */
public final class LinearAudit {

    private static final double EPSILON = 1e-7;
    private static final int MAX_ITERATIONS = 100_000;
    private static final int DANTZIG_ITERATIONS = 5_000;

    /** The relative rounding error of the simplex below which a crossed interval is a point. */
    private static final double ROUNDING = 1e-9;

    private final double[] lower;
    private final double[] upper;
    private final List<Constraint> constraints;
    private final int neighbourhood;
    private final Map<Integer, List<Integer>> constraintsOf = new java.util.HashMap<>();

    private record Constraint(SortedMap<Integer, Double> terms, Relationship relation, double constant) {
    }

    private LinearAudit(Builder builder) {
        this.lower = builder.lower.stream().mapToDouble(Double::doubleValue).toArray();
        this.upper = builder.upper.stream().mapToDouble(Double::doubleValue).toArray();
        this.constraints = List.copyOf(builder.constraints);
        this.neighbourhood = builder.neighbourhood;
        for (int c = 0; c < constraints.size(); c++) {
            for (int variable : constraints.get(c).terms().keySet()) {
                constraintsOf.computeIfAbsent(variable, v -> new ArrayList<>()).add(c);
            }
        }
    }

    /**
     * Starts an audit with no variable.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of unknowns.
     *
     * @return the number of variables
     */
    public int variables() {
        return lower.length;
    }

    /**
     * Returns the interval of one unknown.
     *
     * @param variable the variable's index
     * @return its feasible interval
     * @throws IllegalArgumentException if the variable does not exist
     * @throws IllegalStateException if the constraints have no solution (the published figures contradict each other)
     */
    public FeasibleInterval interval(int variable) {
        return interval(Map.of(variable, 1.0));
    }

    /**
     * Returns the interval of a linear combination of unknowns, such as a complement n - numerator.
     *
     * @param expression coefficient by variable index, not empty
     * @return its feasible interval
     * @throws IllegalArgumentException if a variable does not exist or the expression is empty
     * @throws IllegalStateException if the constraints have no solution
     */
    public FeasibleInterval interval(Map<Integer, Double> expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression.isEmpty()) {
            throw new IllegalArgumentException("an empty expression has no interval");
        }
        for (int variable : expression.keySet()) {
            check(variable);
        }
        List<Integer> members = neighbourhood(expression.keySet());
        java.util.Set<Integer> inside = new java.util.HashSet<>(members);
        Map<Integer, Integer> column = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            column.put(members.get(i), i);
        }
        double[] low = new double[members.size()];
        double[] high = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
            low[i] = lower[members.get(i)];
            high[i] = upper[members.get(i)];
        }
        java.util.Set<Integer> used = new java.util.TreeSet<>();
        for (int variable : members) {
            used.addAll(constraintsOf.getOrDefault(variable, List.of()));
        }
        List<Constraint> kept = new ArrayList<>();
        for (int c : used) {
            Constraint constraint = constraints.get(c);
            if (!inside.containsAll(constraint.terms().keySet())) {
                continue;
            }
            if (constraint.terms().size() == 1 && constraint.relation() == Relationship.LEQ) {
                // A bound on one variable narrows its bounds instead of adding a row.
                int i = column.get(constraint.terms().firstKey());
                double coefficient = constraint.terms().get(constraint.terms().firstKey());
                double limit = constraint.constant() / coefficient;
                if (coefficient > 0) {
                    high[i] = Math.min(high[i], limit);
                } else {
                    low[i] = Math.max(low[i], limit);
                }
            } else {
                kept.add(constraint);
            }
        }
        // Bounds stay rows on the variables themselves: writing x = lo + y (y >= 0) made Commons Math's simplex
        // return wrong optima on release programs (an interval [0, 0] for a cell whose true count is 1).
        List<LinearConstraint> local = new ArrayList<>();
        boolean nonNegative = java.util.Arrays.stream(low).allMatch(l -> l >= 0);
        for (int i = 0; i < members.size(); i++) {
            double[] unit = new double[members.size()];
            unit[i] = 1;
            if (nonNegative ? low[i] > 0 : low[i] != Double.NEGATIVE_INFINITY) {
                local.add(new LinearConstraint(unit, Relationship.GEQ, low[i]));
            }
            if (high[i] != Double.POSITIVE_INFINITY) {
                local.add(new LinearConstraint(unit.clone(), Relationship.LEQ, high[i]));
            }
        }
        for (Constraint constraint : kept) {
            local.add(new LinearConstraint(row(constraint.terms(), column), constraint.relation(), constraint.constant()));
        }
        double[] objective = row(expression, column);
        double min = optimum(objective, local, GoalType.MINIMIZE, nonNegative);
        double max = optimum(objective, local, GoalType.MAXIMIZE, nonNegative);
        // The simplex works in doubles: a point interval can come back crossed by a rounding error.
        if (min > max && min - max <= ROUNDING * Math.max(1, Math.abs(max))) {
            min = max;
        }
        return new FeasibleInterval(min, max);
    }

    /**
     * Returns the variables of the program solved for an expression: its whole connected group, or
     * when a neighbourhood is set, the variables reached from it breadth first through shared
     * constraints until that many are reached (constraints leaving them are dropped: a relaxation).
     */
    private List<Integer> neighbourhood(java.util.Set<Integer> start) {
        java.util.Set<Integer> reached = new java.util.TreeSet<>(start);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(new java.util.TreeSet<>(start));
        java.util.Set<Integer> seenConstraints = new java.util.HashSet<>();
        while (!queue.isEmpty() && (neighbourhood == 0 || reached.size() < neighbourhood)) {
            int variable = queue.poll();
            for (int c : constraintsOf.getOrDefault(variable, List.of())) {
                int size = constraints.get(c).terms().size();
                if (neighbourhood > 0 && reached.size() > start.size() && reached.size() + size > 2 * neighbourhood) {
                    continue;
                }
                if (seenConstraints.add(c)) {
                    for (int other : constraints.get(c).terms().keySet()) {
                        if (reached.add(other)) {
                            queue.add(other);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(reached);
    }

    private static double[] row(Map<Integer, Double> terms, Map<Integer, Integer> column) {
        double[] coefficients = new double[column.size()];
        terms.forEach((variable, coefficient) -> coefficients[column.get(variable)] += coefficient);
        return coefficients;
    }

    private static double optimum(double[] objective, Collection<LinearConstraint> constraints, GoalType goal, boolean nonNegative) {
        try {
            PointValuePair solution;
            try {
                // Dantzig's rule is several times faster here; Bland's rule, which cannot cycle, takes over if it does.
                solution = new SimplexSolver(EPSILON, 10, 1e-12).optimize(new MaxIter(DANTZIG_ITERATIONS),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                        new NonNegativeConstraint(nonNegative), PivotSelectionRule.DANTZIG);
            } catch (TooManyIterationsException cycling) {
                solution = new SimplexSolver(EPSILON, 10, 1e-12).optimize(new MaxIter(MAX_ITERATIONS),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                        new NonNegativeConstraint(nonNegative), PivotSelectionRule.BLAND);
            }
            return solution.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return goal == GoalType.MINIMIZE ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } catch (NoFeasibleSolutionException infeasible) {
            throw new IllegalStateException("the published figures admit no solution: they contradict each other", infeasible);
        }
    }

    private void check(int variable) {
        if (variable < 0 || variable >= lower.length) {
            throw new IllegalArgumentException("no variable " + variable + " (0.." + (lower.length - 1) + ")");
        }
    }

    /** Collects the unknowns and the constraints of an audit. */
    public static final class Builder {
        private final List<Double> lower = new ArrayList<>();
        private final List<Double> upper = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private int neighbourhood;

        private Builder() {
        }

        /**
         * Limits each program to the variables nearest the expression audited: breadth first through
         * shared constraints, up to about this many variables, dropping the constraints that leave
         * them. A relaxation: the intervals found are then never narrower than the exact ones, and
         * may be wider. 0 (the default) solves the whole connected group exactly.
         *
         * @param variables the number of variables, 0 for no limit
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder neighbourhood(int variables) {
            if (variables < 0) {
                throw new IllegalArgumentException("neighbourhood must not be negative, was " + variables);
            }
            this.neighbourhood = variables;
            return this;
        }

        /**
         * Adds an unknown with the bounds a reader knows (a count is at least 0; a cell masked as
         * below the threshold k is at most k - 1).
         *
         * @param lowerBound the smallest value, possibly {@link Double#NEGATIVE_INFINITY}
         * @param upperBound the largest value, possibly {@link Double#POSITIVE_INFINITY}
         * @return the variable's index
         * @throws IllegalArgumentException if the bounds are NaN or crossed
         */
        public int variable(double lowerBound, double upperBound) {
            new FeasibleInterval(lowerBound, upperBound);
            lower.add(lowerBound);
            upper.add(upperBound);
            return lower.size() - 1;
        }

        /**
         * Adds a constraint: the sum of the terms equals the constant.
         *
         * @param terms coefficient by variable index; terms with a zero coefficient are dropped
         * @param constant the right-hand side
         * @return this builder
         * @throws IllegalArgumentException if a variable does not exist
         */
        public Builder equal(Map<Integer, Double> terms, double constant) {
            return add(terms, Relationship.EQ, constant);
        }

        /**
         * Adds a constraint: the sum of the terms is at most the constant.
         *
         * @param terms coefficient by variable index; terms with a zero coefficient are dropped
         * @param constant the right-hand side
         * @return this builder
         * @throws IllegalArgumentException if a variable does not exist
         */
        public Builder atMost(Map<Integer, Double> terms, double constant) {
            return add(terms, Relationship.LEQ, constant);
        }

        private Builder add(Map<Integer, Double> terms, Relationship relation, double constant) {
            Objects.requireNonNull(terms, "terms");
            SortedMap<Integer, Double> kept = new TreeMap<>();
            terms.forEach((variable, coefficient) -> {
                if (variable < 0 || variable >= lower.size()) {
                    throw new IllegalArgumentException("no variable " + variable);
                }
                if (coefficient != 0) {
                    kept.merge(variable, coefficient, Double::sum);
                }
            });
            kept.values().removeIf(c -> c == 0);
            if (!kept.isEmpty()) {
                constraints.add(new Constraint(kept, relation, constant));
            }
            return this;
        }

        /**
         * Returns the audit.
         *
         * @return the audit of the variables and constraints added
         */
        public LinearAudit build() {
            return new LinearAudit(this);
        }
    }
}
