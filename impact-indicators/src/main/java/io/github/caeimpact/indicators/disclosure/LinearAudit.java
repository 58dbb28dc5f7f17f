package io.github.caeimpact.indicators.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
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
 * minimising and maximising it. The relaxation to real numbers only widens the intervals an
 * attacker restricted to whole people would find by at most rounding.
 *
 * <p>Every program is solved whole: the unknowns are split only into the groups no constraint
 * links (which are independent programs), and each group is solved by a sparse revised simplex
 * with bounded variables written for this library ({@code RevisedSimplex}), started at the true
 * values when they are given ({@link Builder#variable(double, double, double)}, as a publisher
 * auditing its own release knows them) and kept at the point it reached from one question to the
 * next. (Commons Math's {@code SimplexSolver}, tried first, returned [0, 0] for cells that could
 * be anything from 0 to 4, and vertices that broke the rows they were solved under; the dense
 * tableau used next would be 2,742 rows by 5,242 columns for the largest group of a 12-person
 * release, so it only ever solved the 40 unknowns nearest each figure, a relaxation.)
 *
 * <p>The audit's questions ({@link #hasWidth}: does a count keep its protection width?
 * {@link #spans}: can a sum reach both ends of its protection interval?) are first put to two
 * small programs of the 40 unknowns nearest the figure: if even the
 * relaxation (the constraints leaving them dropped) says no, the answer is no; if even the
 * restriction (the unknowns outside held at their true values) says yes, the answer is yes; only
 * what they leave open is asked of the whole group, whose runs stop as soon as a point reaches
 * what the question needs.
 *
 * <p>The simplex works in doubles, so an answer is believed only if its point satisfies every
 * constraint as given (to a relative 1e-7), and an unbounded answer only if its ray does: every
 * value of an interval is then one the figure can truly take. When the solver gives no checked
 * answer, the bound falls back to the true value: what error remains can only narrow an interval,
 * so an audit may mask more than needed, never less.
 */
public final class LinearAudit {

    /** The most pivots one question may take before the audit falls back to the values seen. */
    private static final int MAX_ITERATIONS = 50_000;

    /** The number of variables nearest an expression in the small programs that may answer for the whole group. */
    private static final int NEIGHBOURHOOD = 40;

    /** The relative rounding error of the simplex below which a crossed interval is a point. */
    private static final double ROUNDING = 1e-9;

    private final double[] lower;
    private final double[] upper;
    private final double[] values;
    private final double[] seenLow;
    private final double[] seenHigh;
    private final List<Constraint> constraints;
    /** Each variable's group (the variables constraints link to it) and its index in that group's program. */
    private final int[] group;
    private final int[] local;
    private final List<int[]> members = new ArrayList<>();
    private final List<List<Constraint>> groupConstraints = new ArrayList<>();
    private final Map<Integer, RevisedSimplex> programs = new HashMap<>();
    private final Map<Integer, List<Integer>> constraintsOf = new HashMap<>();

    private record Constraint(SortedMap<Integer, Double> terms, RevisedSimplex.Relation relation, double constant) {
    }

    private LinearAudit(Builder builder) {
        this.lower = builder.lower.stream().mapToDouble(Double::doubleValue).toArray();
        this.upper = builder.upper.stream().mapToDouble(Double::doubleValue).toArray();
        this.values = builder.values.stream().mapToDouble(Double::doubleValue).toArray();
        this.seenLow = values.clone();
        this.seenHigh = values.clone();
        this.constraints = List.copyOf(builder.constraints);
        int n = lower.length;
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        for (Constraint constraint : constraints) {
            int first = constraint.terms().firstKey();
            for (int v : constraint.terms().keySet()) {
                parent[root(parent, v)] = root(parent, first);
            }
        }
        group = new int[n];
        local = new int[n];
        Map<Integer, Integer> groupOfRoot = new HashMap<>();
        List<List<Integer>> lists = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int g = groupOfRoot.computeIfAbsent(root(parent, v), r -> {
                lists.add(new ArrayList<>());
                groupConstraints.add(new ArrayList<>());
                return lists.size() - 1;
            });
            group[v] = g;
            local[v] = lists.get(g).size();
            lists.get(g).add(v);
        }
        for (List<Integer> list : lists) {
            members.add(list.stream().mapToInt(Integer::intValue).toArray());
        }
        for (int c = 0; c < constraints.size(); c++) {
            groupConstraints.get(group[constraints.get(c).terms().firstKey()]).add(constraints.get(c));
            for (int variable : constraints.get(c).terms().keySet()) {
                constraintsOf.computeIfAbsent(variable, v -> new ArrayList<>()).add(c);
            }
        }
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
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
     * @throws IllegalStateException if the constraints have no solution, or the solver gave no
     *     checked answer and the true values are not known
     */
    public FeasibleInterval interval(Map<Integer, Double> expression) {
        double lowest = 0;
        double highest = 0;
        for (Map<Integer, Double> part : parts(expression).values()) {
            lowest += bound(part, false, Double.NEGATIVE_INFINITY);
            highest += bound(part, true, Double.POSITIVE_INFINITY);
        }
        // The simplex works in doubles: a point interval can come back crossed by a rounding error.
        if (lowest > highest && lowest - highest <= ROUNDING * Math.max(1, Math.abs(highest))) {
            lowest = highest;
        }
        return new FeasibleInterval(lowest, highest);
    }

    /**
     * Tells whether a linear combination of unknowns keeps a feasible interval at least this wide:
     * the audit's question for a count masked below the threshold.
     *
     * @param expression coefficient by variable index, not empty
     * @param width the least width, not negative
     * @return true if two points satisfying every constraint give the expression values this far apart
     * @throws IllegalArgumentException if a variable does not exist, the expression is empty or the width negative
     * @throws IllegalStateException as {@link #interval(Map)}
     */
    public boolean hasWidth(Map<Integer, Double> expression, double width) {
        if (!(width >= 0)) {
            throw new IllegalArgumentException("width must not be negative, was " + width);
        }
        Map<Integer, Map<Integer, Double>> parts = parts(expression);
        double known = known(expression);
        double slack = ROUNDING * Math.max(1, Math.abs(width) + (Double.isNaN(known) ? 0 : Math.abs(known)));
        if (parts.size() > 1 || Double.isNaN(known)) {
            return interval(expression).width() >= width - slack;
        }
        Boolean bracketed = bracket(expression, range -> range.width() >= width - slack);
        if (bracketed != null) {
            return bracketed;
        }
        double seen = seenWidth(expression);
        if (seen >= width - slack) {
            return true;
        }
        double highest = bound(expression, true, known + width);
        if (highest >= known + width - slack) {
            return true;
        }
        // Below what the bounds of its variables allow, no solving is needed to say the expression cannot go.
        if (highest - width < floor(expression) - slack) {
            return false;
        }
        return bound(expression, false, highest - width) <= highest - width + slack;
    }

    /**
     * Tells whether a linear combination of unknowns can take every value from {@code low} to
     * {@code high}: whether its feasible interval holds [low, high] (within a relative 1e-9); the
     * audit's question for a magnitude, which must keep its protection on both sides.
     *
     * @param expression coefficient by variable index, not empty
     * @param low the lowest value the expression must be able to take
     * @param high the highest value the expression must be able to take, at least {@code low}
     * @return true if both ends are reached by points satisfying every constraint
     * @throws IllegalArgumentException if a variable does not exist, the expression is empty or the ends are crossed
     * @throws IllegalStateException as {@link #interval(Map)}
     */
    public boolean spans(Map<Integer, Double> expression, double low, double high) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("not an interval: [" + low + ", " + high + "]");
        }
        Map<Integer, Map<Integer, Double>> parts = parts(expression);
        double slack = ROUNDING * Math.max(1, Math.max(Math.abs(low), Math.abs(high)));
        if (parts.size() > 1 || Double.isNaN(known(expression))) {
            FeasibleInterval whole = interval(expression);
            return whole.lower() <= low + slack && whole.upper() >= high - slack;
        }
        Boolean bracketed = bracket(expression, range -> range.lower() <= low + slack && range.upper() >= high - slack);
        if (bracketed != null) {
            return bracketed;
        }
        return bound(expression, true, high) >= high - slack && bound(expression, false, low) <= low + slack;
    }

    /**
     * Answers a question about an expression from two small programs of the variables nearest it,
     * when they agree: false if even the relaxation (the constraints leaving them dropped) fails it,
     * true if even the restriction (the variables outside held at their true values) passes it;
     * null when neither decides and the whole group must be solved.
     */
    private Boolean bracket(Map<Integer, Double> expression, java.util.function.Predicate<FeasibleInterval> question) {
        int g = group[expression.keySet().iterator().next()];
        if (members.get(g).length <= NEIGHBOURHOOD) {
            return null;
        }
        int[] near = neighbourhood(expression.keySet());
        List<Constraint> around = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int v : near) {
            for (int c : constraintsOf.getOrDefault(v, List.of())) {
                if (seen.add(c)) {
                    around.add(constraints.get(c));
                }
            }
        }
        for (Constraint constraint : around) {
            // Both small programs start at the true values, and the restriction holds the others at theirs.
            if (Double.isNaN(known(constraint.terms()))) {
                return null;
            }
        }
        FeasibleInterval relaxed = smallInterval(near, around, false, expression);
        if (relaxed != null && !question.test(relaxed)) {
            return false;
        }
        FeasibleInterval restricted = smallInterval(near, around, true, expression);
        return restricted != null && question.test(restricted) ? Boolean.TRUE : null;
    }

    /** The exact interval of an expression over a small program, null if the solver gave no checked answer. */
    private FeasibleInterval smallInterval(int[] near, List<Constraint> around, boolean restrict, Map<Integer, Double> expression) {
        RevisedSimplex program = solver(near, around, restrict);
        java.util.function.IntUnaryOperator index = v -> java.util.Arrays.binarySearch(near, v);
        double low = optimum(program, expression, index, false, Double.NEGATIVE_INFINITY);
        double high = optimum(program, expression, index, true, Double.POSITIVE_INFINITY);
        return Double.isNaN(low) || Double.isNaN(high) ? null : new FeasibleInterval(low, high);
    }

    /**
     * Runs a program on an expression (its variables mapped to the program's by {@code index}):
     * the bound reached, widened to the true value when known, infinite when unbounded, NaN when
     * the solver gave no checked answer.
     */
    private double optimum(RevisedSimplex program, Map<Integer, Double> expression, java.util.function.IntUnaryOperator index,
            boolean largest, double target) {
        int[] variables = new int[expression.size()];
        double[] coefficients = new double[expression.size()];
        int t = 0;
        for (Map.Entry<Integer, Double> term : expression.entrySet()) {
            variables[t] = index.applyAsInt(term.getKey());
            coefficients[t++] = term.getValue();
        }
        RevisedSimplex.Outcome outcome = program.optimise(variables, coefficients, largest, target);
        double known = known(expression);
        return switch (outcome.status()) {
            case UNBOUNDED -> largest ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case GAVE_UP -> Double.NaN;
            default -> Double.isNaN(known) ? outcome.value() : largest ? Math.max(outcome.value(), known) : Math.min(outcome.value(), known);
        };
    }

    /** The least value the bounds of an expression's variables allow it (possibly minus infinity). */
    private double floor(Map<Integer, Double> expression) {
        double floor = 0;
        for (Map.Entry<Integer, Double> term : expression.entrySet()) {
            floor += term.getValue() * (term.getValue() > 0 ? lower[term.getKey()] : upper[term.getKey()]);
        }
        return Double.isNaN(floor) ? Double.NEGATIVE_INFINITY : floor;
    }

    /** The width of the values a one-variable expression took at the checked points seen so far (0 for others). */
    private double seenWidth(Map<Integer, Double> expression) {
        if (expression.size() != 1) {
            return 0;
        }
        Map.Entry<Integer, Double> term = expression.entrySet().iterator().next();
        return Math.abs(term.getValue()) * (seenHigh[term.getKey()] - seenLow[term.getKey()]);
    }

    /**
     * Returns the variables nearest an expression's, in increasing order: reached breadth first
     * through shared constraints until about {@link #NEIGHBOURHOOD} are reached.
     */
    private int[] neighbourhood(java.util.Set<Integer> start) {
        java.util.Set<Integer> reached = new java.util.TreeSet<>(start);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(new java.util.TreeSet<>(start));
        java.util.Set<Integer> seenConstraints = new java.util.HashSet<>();
        while (!queue.isEmpty() && reached.size() < NEIGHBOURHOOD) {
            int variable = queue.poll();
            for (int c : constraintsOf.getOrDefault(variable, List.of())) {
                int size = constraints.get(c).terms().size();
                if (reached.size() > start.size() && reached.size() + size > 2 * NEIGHBOURHOOD) {
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
        return reached.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Splits an expression by the group of its variables. */
    private Map<Integer, Map<Integer, Double>> parts(Map<Integer, Double> expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression.isEmpty()) {
            throw new IllegalArgumentException("an empty expression has no interval");
        }
        Map<Integer, Map<Integer, Double>> parts = new TreeMap<>();
        for (Map.Entry<Integer, Double> term : expression.entrySet()) {
            check(term.getKey());
            parts.computeIfAbsent(group[term.getKey()], g -> new TreeMap<>()).put(term.getKey(), term.getValue());
        }
        return parts;
    }

    /**
     * Returns the smallest or largest value of an expression over one group, or a checked value
     * beyond the target as soon as one is reached; falls back to the true value when the solver
     * gives no checked answer.
     */
    private double bound(Map<Integer, Double> part, boolean largest, double target) {
        int g = group[part.keySet().iterator().next()];
        RevisedSimplex program = program(g);
        double bound = optimum(program, part, v -> local[v], largest, target);
        if (Double.isNaN(bound)) {
            // Its point may be broken (a basis found singular): the next question starts again from the true values.
            programs.remove(g);
            double known = known(part);
            if (Double.isNaN(known)) {
                throw new IllegalStateException("the simplex gave no answer it could check");
            }
            return known;
        }
        if (Double.isFinite(bound)) {
            // Only an optimum or a target stands at a checked point (an unbounded run's point was not checked).
            see(g, program);
        }
        return bound;
    }

    /** Widens the values seen of every variable of a group to the checked point its program stands at. */
    private void see(int g, RevisedSimplex program) {
        int[] variables = members.get(g);
        for (int i = 0; i < variables.length; i++) {
            double value = program.value(i);
            int v = variables[i];
            seenLow[v] = Double.isNaN(seenLow[v]) ? value : Math.min(seenLow[v], value);
            seenHigh[v] = Double.isNaN(seenHigh[v]) ? value : Math.max(seenHigh[v], value);
        }
    }

    /** The program of one group, built when first asked. */
    private RevisedSimplex program(int g) {
        RevisedSimplex program = programs.get(g);
        if (program == null) {
            program = solver(members.get(g), groupConstraints.get(g), false);
            programs.put(g, program);
        }
        return program;
    }

    /**
     * Builds the program of some variables: the constraints wholly among them as rows (a
     * constraint on one variable narrows its bounds instead), the others dropped (a relaxation) or, when
     * {@code restrict}, kept with the variables outside held at their true values (a restriction).
     */
    private RevisedSimplex solver(int[] variables, List<Constraint> candidates, boolean restrict) {
        Map<Integer, Integer> index = new HashMap<>();
        double[] low = new double[variables.length];
        double[] high = new double[variables.length];
        double[] start = new double[variables.length];
        for (int i = 0; i < variables.length; i++) {
            index.put(variables[i], i);
            low[i] = lower[variables[i]];
            high[i] = upper[variables[i]];
            start[i] = values[variables[i]];
        }
        List<int[]> columns = new ArrayList<>();
        List<double[]> coefficients = new ArrayList<>();
        List<RevisedSimplex.Relation> relations = new ArrayList<>();
        List<Double> constants = new ArrayList<>();
        for (Constraint constraint : candidates) {
            double rest = constraint.constant();
            List<Integer> inside = new ArrayList<>();
            List<Double> by = new ArrayList<>();
            boolean whole = true;
            for (Map.Entry<Integer, Double> term : constraint.terms().entrySet()) {
                Integer i = index.get(term.getKey());
                if (i == null) {
                    whole = false;
                    rest -= term.getValue() * values[term.getKey()];
                } else {
                    inside.add(i);
                    by.add(term.getValue());
                }
            }
            if (!whole && !restrict || inside.isEmpty()) {
                continue;
            }
            if (inside.size() == 1) {
                int i = inside.get(0);
                double limit = rest / by.get(0);
                if (by.get(0) > 0 || constraint.relation() == RevisedSimplex.Relation.EQUAL) {
                    high[i] = Math.min(high[i], limit);
                }
                if (by.get(0) < 0 || constraint.relation() == RevisedSimplex.Relation.EQUAL) {
                    low[i] = Math.max(low[i], limit);
                }
                continue;
            }
            columns.add(inside.stream().mapToInt(Integer::intValue).toArray());
            coefficients.add(by.stream().mapToDouble(Double::doubleValue).toArray());
            relations.add(constraint.relation());
            constants.add(rest);
        }
        for (int i = 0; i < variables.length; i++) {
            if (low[i] > high[i] + ROUNDING * Math.max(1, Math.abs(high[i]))) {
                throw new IllegalStateException("the published figures admit no solution: they contradict each other");
            }
            // Values held at their true values can cross a bound by a rounding error.
            high[i] = Math.max(low[i], high[i]);
        }
        return new RevisedSimplex(low, high, start, columns.toArray(new int[0][]), coefficients.toArray(new double[0][]),
                relations.toArray(new RevisedSimplex.Relation[0]), constants.stream().mapToDouble(Double::doubleValue).toArray(),
                MAX_ITERATIONS);
    }

    /** The expression's true value when every variable in it has one, NaN otherwise. */
    private double known(Map<Integer, Double> expression) {
        double sum = 0;
        for (Map.Entry<Integer, Double> term : expression.entrySet()) {
            sum += term.getValue() * values[term.getKey()];
        }
        return sum;
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

        private Builder() {
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
            return add(terms, RevisedSimplex.Relation.EQUAL, constant);
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
            return add(terms, RevisedSimplex.Relation.AT_MOST, constant);
        }

        private Builder add(Map<Integer, Double> terms, RevisedSimplex.Relation relation, double constant) {
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
