package io.github.caeimpact.indicators.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The audit of a release by linear programming, as τ-ARGUS (Statistics Netherlands) audits a
 * suppression pattern: the masked figures are the unknowns, every relation the published figures
 * satisfy (a total equals the sum of its parts, a figure appears in two tables, what a mask
 * reason says about its cell) is a linear constraint, and the interval in which a masked figure
 * (or a linear combination of them, such as a complement n - numerator) can lie is found by
 * minimising and maximising it with the simplex method (a dense two-phase simplex written for
 * this library, with Dantzig's rule and Bland's against cycling). The relaxation to real numbers
 * only widens the intervals an attacker restricted to whole people would find by at most rounding.
 *
 * <p>The simplex works in doubles, so an answer is believed only if its vertex satisfies every
 * constraint (to a relative 1e-6): every value of an interval is then one the figure can truly
 * take, and an interval is never wider than the exact one (an unbounded answer, which no vertex
 * can confirm, is taken as the solver gives it). When the true values are given
 * ({@link Builder#variable(double, double, double)}), as a publisher auditing its own release
 * knows them, an interval is widened to hold the true value, and a vertex that fails the check
 * falls back to it: what error remains can only narrow an interval, so an audit may mask more than
 * needed, never less. (Commons Math's {@code SimplexSolver}, used before, returned [0, 0] for cells
 * that could be anything from 0 to 4, and vertices that broke the rows they were solved under.)
 *
 * <p>Constraints only link the variables they name: each interval is computed on the connected
 * group of variables that share constraints with it, which keeps the programs small.
 */
public final class LinearAudit {

    /** The most pivots a phase of the simplex may take before the audit gives up on a program. */
    private static final int MAX_ITERATIONS = 20_000;

    /** The relative error within which a solution's point must satisfy each constraint. */
    private static final double FEASIBILITY = 1e-6;

    /** The relative rounding error of the simplex below which a crossed interval is a point. */
    private static final double ROUNDING = 1e-9;

    private final double[] lower;
    private final double[] upper;
    private final double[] values;
    private final List<Constraint> constraints;
    private final int neighbourhood;
    private final Map<Integer, List<Integer>> constraintsOf = new java.util.HashMap<>();

    private record Constraint(SortedMap<Integer, Double> terms, Simplex.Relation relation, double constant) {
    }

    private LinearAudit(Builder builder) {
        this.lower = builder.lower.stream().mapToDouble(Double::doubleValue).toArray();
        this.upper = builder.upper.stream().mapToDouble(Double::doubleValue).toArray();
        this.values = builder.values.stream().mapToDouble(Double::doubleValue).toArray();
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
            if (constraint.terms().size() == 1 && constraint.relation() == Simplex.Relation.AT_MOST) {
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
        List<Row> local = new ArrayList<>();
        boolean nonNegative = java.util.Arrays.stream(low).allMatch(l -> l >= 0);
        for (int i = 0; i < members.size(); i++) {
            double[] unit = new double[members.size()];
            unit[i] = 1;
            if (nonNegative ? low[i] > 0 : low[i] != Double.NEGATIVE_INFINITY) {
                local.add(new Row(unit, Simplex.Relation.AT_LEAST, low[i]));
            }
            if (high[i] != Double.POSITIVE_INFINITY) {
                local.add(new Row(unit.clone(), Simplex.Relation.AT_MOST, high[i]));
            }
        }
        for (Constraint constraint : kept) {
            local.add(new Row(row(constraint.terms(), column), constraint.relation(), constraint.constant()));
        }
        double[] objective = row(expression, column);
        double known = known(expression);
        Program program = new Program(objective, local, nonNegative);
        double lowest = program.bound(false, known);
        double highest = program.bound(true, known);
        // The simplex works in doubles: a point interval can come back crossed by a rounding error.
        if (lowest > highest && lowest - highest <= ROUNDING * Math.max(1, Math.abs(highest))) {
            lowest = highest;
        }
        return new FeasibleInterval(lowest, highest);
    }

    /** The expression's true value when every variable in it has one, NaN otherwise. */
    private double known(Map<Integer, Double> expression) {
        double sum = 0;
        for (Map.Entry<Integer, Double> term : expression.entrySet()) {
            sum += term.getValue() * values[term.getKey()];
        }
        return sum;
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

    /** One row of a local program. */
    private record Row(double[] coefficients, Simplex.Relation relation, double constant) {
    }

    /** One linear program: an objective over the local rows, its variables non-negative or free. */
    private record Program(double[] objective, List<Row> rows, boolean nonNegative) {

        /**
         * Returns the smallest or largest value of the objective. The solver's vertex counts only if
         * it satisfies every row (then its value is one the figure can truly take); the true value,
         * when known, widens the answer to it.
         *
         * @throws IllegalStateException if the rows contradict each other, or no vertex could be verified
         */
        double bound(boolean largest, double known) {
            int n = objective.length;
            int width = nonNegative ? n : 2 * n;
            double[][] matrix = new double[rows.size()][width];
            Simplex.Relation[] relations = new Simplex.Relation[rows.size()];
            double[] constants = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                for (int j = 0; j < n; j++) {
                    matrix[r][j] = row.coefficients()[j];
                    if (!nonNegative) {
                        // A free variable is the difference of two non-negative ones.
                        matrix[r][n + j] = -row.coefficients()[j];
                    }
                }
                relations[r] = row.relation();
                constants[r] = row.constant();
            }
            double[] cost = new double[width];
            for (int j = 0; j < n; j++) {
                cost[j] = largest ? -objective[j] : objective[j];
                if (!nonNegative) {
                    cost[n + j] = -cost[j];
                }
            }
            Simplex.Result result;
            try {
                result = new Simplex(width, matrix, relations, constants, MAX_ITERATIONS).minimise(cost);
            } catch (IllegalStateException tooLong) {
                if (Double.isNaN(known)) {
                    throw tooLong;
                }
                return known;
            }
            if (result.status() == Simplex.Status.UNBOUNDED) {
                return largest ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            if (result.status() == Simplex.Status.INFEASIBLE) {
                if (Double.isNaN(known)) {
                    throw new IllegalStateException("the published figures admit no solution: they contradict each other");
                }
                // The true values satisfy every row: the solver was wrong, and the true value is all that is sure.
                return known;
            }
            double[] point = new double[n];
            for (int j = 0; j < n; j++) {
                point[j] = nonNegative ? result.point()[j] : result.point()[j] - result.point()[n + j];
            }
            double value = 0;
            for (int j = 0; j < n; j++) {
                value += objective[j] * point[j];
            }
            if (!feasible(point)) {
                if (Double.isNaN(known)) {
                    throw new IllegalStateException("the simplex returned a point that breaks the published figures");
                }
                return known;
            }
            return Double.isNaN(known) ? value : largest ? Math.max(value, known) : Math.min(value, known);
        }

        private boolean feasible(double[] point) {
            for (Row row : rows) {
                double sum = 0;
                double scale = Math.max(1, Math.abs(row.constant()));
                for (int i = 0; i < point.length; i++) {
                    sum += row.coefficients()[i] * point[i];
                    scale = Math.max(scale, Math.abs(row.coefficients()[i] * point[i]));
                }
                double excess = sum - row.constant();
                double slack = FEASIBILITY * scale;
                boolean holds = switch (row.relation()) {
                    case EQUAL -> Math.abs(excess) <= slack;
                    case AT_MOST -> excess <= slack;
                    case AT_LEAST -> excess >= -slack;
                };
                if (!holds) {
                    return false;
                }
            }
            return true;
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
        private final List<Double> values = new ArrayList<>();
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
            return variable(lowerBound, upperBound, Double.NaN);
        }

        /**
         * Adds an unknown whose true value the auditor knows, as the publisher of the figures does.
         * The true values satisfy every constraint, so each interval then holds the true value of its
         * expression: a solver answer that excludes it is detected as wrong and not believed.
         *
         * @param lowerBound the smallest value, possibly {@link Double#NEGATIVE_INFINITY}
         * @param upperBound the largest value, possibly {@link Double#POSITIVE_INFINITY}
         * @param value the true value, within the bounds, or NaN when unknown
         * @return the variable's index
         * @throws IllegalArgumentException if the bounds are NaN or crossed, or the value lies outside them
         */
        public int variable(double lowerBound, double upperBound, double value) {
            new FeasibleInterval(lowerBound, upperBound);
            if (value < lowerBound || value > upperBound) {
                throw new IllegalArgumentException("true value " + value + " outside [" + lowerBound + ", " + upperBound + "]");
            }
            lower.add(lowerBound);
            upper.add(upperBound);
            values.add(value);
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
            return add(terms, Simplex.Relation.EQUAL, constant);
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
            return add(terms, Simplex.Relation.AT_MOST, constant);
        }

        private Builder add(Map<Integer, Double> terms, Simplex.Relation relation, double constant) {
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
