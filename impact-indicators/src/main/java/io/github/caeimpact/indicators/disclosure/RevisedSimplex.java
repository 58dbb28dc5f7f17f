package io.github.caeimpact.indicators.disclosure;

import java.util.Arrays;

/**
 * A sparse revised simplex method with bounded variables, for the audit of a whole release: the
 * programs of a release hold thousands of unknowns linked by sparse relations (about five unknowns
 * a row), far beyond a dense tableau. Minimises or maximises c·x subject to rows a·x = b,
 * a·x &lt;= b or a·x &gt;= b and bounds l &lt;= x &lt;= u (either possibly infinite).
 *
 * <p>Each row gets a slack column with the bounds its relation implies, so the first basis is the
 * slacks'. The inverse of the basis is a product of elementary column transformations (the product
 * form), rebuilt from the basic columns every {@link #REINVERT} pivots. Nonbasic variables may rest
 * between their bounds (superbasic), which lets the method start at a known feasible point (the
 * true values the publisher of a release knows) without a first phase, and keep the point it
 * reached from one objective to the next, so that the many programs of an audit, which differ only
 * in their objective, each start where the previous one stopped. Without a feasible point, rows the
 * start breaks get an artificial column and a first phase minimises their sum.
 *
 * <p>Entering columns are priced by devex (the largest squared reduced cost relative to an estimate
 * of the length of its edge) and switch to Bland's rule (lowest index), which cannot cycle, after a
 * run of {@link #STALL} steps that do not move. A run may stop as soon as its objective
 * reaches a target: the point reached is then a feasible point showing the target is reachable.
 * Every answer is checked against the rows as given (relative error 1e-7) before it is believed.
 */
final class RevisedSimplex {

    /** Relationship of a row to its right-hand side. */
    enum Relation {
        /** a·x = b. */
        EQUAL,
        /** a·x &lt;= b. */
        AT_MOST,
        /** a·x &gt;= b. */
        AT_LEAST
    }

    /** What a run of the method came to. */
    enum Status {
        /** No entering column improves the objective: the value is the optimum. */
        OPTIMAL,
        /** The objective reached the target; the value is reached by a checked feasible point. */
        TARGET,
        /** The objective improves without bound along a checked ray. */
        UNBOUNDED,
        /** The method stopped without an answer it could check (too many pivots, or a numerical failure). */
        GAVE_UP
    }

    /**
     * The answer of a run.
     *
     * @param status what the run came to
     * @param value the objective at the point reached, when that point was checked feasible; NaN otherwise
     */
    record Outcome(Status status, double value) {
    }

    /** The pivots between two rebuilds of the inverse of the basis from its columns. */
    static final int REINVERT = 64;

    private static final double PIVOT = 1e-9;
    private static final double COST = 1e-9;
    private static final double FEASIBLE = 1e-7;
    private static final int STALL = 50;

    private final int n;
    private final int m;
    private final int[] colStart;
    private final int[] colRow;
    private final double[] colValue;
    private final int[] rowStart;
    private final int[] rowCol;
    private final double[] rowValue;
    private final double[] constant;
    private final Relation[] relation;
    /** Row of each artificial column, and its coefficient (+1 or -1). */
    private int[] artificialRow = new int[0];
    private double[] artificialSign = new double[0];
    private final int iterations;

    private double[] lower;
    private double[] upper;
    private double[] x;
    private final int[] head;
    private int[] position;
    private final Eta eta = new Eta();
    private int pivotsSinceInversion;
    /** The devex weight of each column in the current run. */
    private double[] weight;
    /** The step of the last ratio test. */
    private double step;

    /**
     * Sets up a program at a start point.
     *
     * @param lower each variable's lower bound, possibly {@link Double#NEGATIVE_INFINITY}
     * @param upper each variable's upper bound, possibly {@link Double#POSITIVE_INFINITY}
     * @param start each variable's starting value (NaN for none: a finite bound, else 0, is used)
     * @param rows each row's variables (distinct, in range)
     * @param coefficients each row's coefficients, as many as its variables
     * @param relations each row's relation
     * @param constants each row's right-hand side
     * @param iterations the most pivots a run may take
     * @throws IllegalStateException if no point satisfies the rows and bounds
     */
    RevisedSimplex(double[] lower, double[] upper, double[] start, int[][] rows, double[][] coefficients,
            Relation[] relations, double[] constants, int iterations) {
        this.n = lower.length;
        this.m = rows.length;
        this.iterations = iterations;
        this.constant = constants.clone();
        this.relation = relations.clone();
        rowStart = new int[m + 1];
        for (int i = 0; i < m; i++) {
            rowStart[i + 1] = rowStart[i] + rows[i].length;
        }
        rowCol = new int[rowStart[m]];
        rowValue = new double[rowStart[m]];
        int[] count = new int[n + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(rows[i], 0, rowCol, rowStart[i], rows[i].length);
            System.arraycopy(coefficients[i], 0, rowValue, rowStart[i], rows[i].length);
            for (int j : rows[i]) {
                count[j + 1]++;
            }
        }
        colStart = new int[n + 1];
        for (int j = 0; j < n; j++) {
            colStart[j + 1] = colStart[j] + count[j + 1];
        }
        colRow = new int[colStart[n]];
        colValue = new double[colStart[n]];
        int[] fill = Arrays.copyOf(colStart, n);
        for (int i = 0; i < m; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                colRow[fill[rowCol[k]]] = i;
                colValue[fill[rowCol[k]]++] = rowValue[k];
            }
        }
        head = new int[m];
        start(lower, upper, start);
    }

    /** Places the variables at the start point, the slacks (or artificials) in the basis, and runs the first phase if needed. */
    private void start(double[] lowerBounds, double[] upperBounds, double[] start) {
        int columns = n + m;
        lower = new double[columns];
        upper = new double[columns];
        x = new double[columns];
        for (int j = 0; j < n; j++) {
            lower[j] = lowerBounds[j];
            upper[j] = upperBounds[j];
            double value = start == null ? Double.NaN : start[j];
            if (Double.isNaN(value)) {
                value = Double.isFinite(lower[j]) ? lower[j] : Double.isFinite(upper[j]) ? upper[j] : 0;
            }
            x[j] = Math.min(upper[j], Math.max(lower[j], value));
        }
        int artificials = 0;
        int[] rowOfArtificial = new int[m];
        double[] signOfArtificial = new double[m];
        for (int i = 0; i < m; i++) {
            int slack = n + i;
            lower[slack] = relation[i] == Relation.AT_LEAST ? Double.NEGATIVE_INFINITY : 0;
            upper[slack] = relation[i] == Relation.AT_MOST ? Double.POSITIVE_INFINITY : 0;
            double residual = constant[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                residual -= rowValue[k] * x[rowCol[k]];
            }
            double nearest = Math.min(upper[slack], Math.max(lower[slack], residual));
            if (Math.abs(residual - nearest) <= FEASIBLE * rowScale(i)) {
                x[slack] = residual;
                head[i] = slack;
            } else {
                x[slack] = nearest;
                rowOfArtificial[artificials] = i;
                signOfArtificial[artificials++] = Math.signum(residual - nearest);
            }
        }
        if (artificials > 0) {
            artificialRow = Arrays.copyOf(rowOfArtificial, artificials);
            artificialSign = Arrays.copyOf(signOfArtificial, artificials);
            lower = Arrays.copyOf(lower, columns + artificials);
            upper = Arrays.copyOf(upper, columns + artificials);
            x = Arrays.copyOf(x, columns + artificials);
            for (int a = 0; a < artificials; a++) {
                int column = columns + a;
                upper[column] = Double.POSITIVE_INFINITY;
                head[artificialRow[a]] = column;
            }
        }
        position = new int[x.length];
        Arrays.fill(position, -1);
        if (!reinvert()) {
            throw new IllegalStateException("the starting basis is singular");
        }
        if (artificials > 0) {
            double[] cost = new double[x.length];
            for (int a = 0; a < artificials; a++) {
                cost[columns + a] = 1;
            }
            Outcome phaseOne = run(cost, Double.NEGATIVE_INFINITY, false);
            double infeasibility = 0;
            for (int a = 0; a < artificials; a++) {
                infeasibility += x[columns + a];
            }
            if (phaseOne.status() == Status.GAVE_UP) {
                throw new IllegalStateException("the first phase of the simplex gave up");
            }
            if (infeasibility > FEASIBLE * Math.max(1, maxConstant())) {
                throw new IllegalStateException("the published figures admit no solution: they contradict each other");
            }
            // The artificials are held at zero from now on: they can no longer enter.
            for (int a = 0; a < artificials; a++) {
                lower[columns + a] = 0;
                upper[columns + a] = 0;
            }
        }
    }

    private double maxConstant() {
        double max = 0;
        for (double c : constant) {
            max = Math.max(max, Math.abs(c));
        }
        return max;
    }

    /**
     * Returns the current value of a variable (the point the last run stopped at).
     *
     * @param variable the variable's index
     * @return its value
     */
    double value(int variable) {
        return x[variable];
    }

    /**
     * Minimises or maximises a linear objective from the current point.
     *
     * @param variables the objective's variables
     * @param coefficients their coefficients
     * @param largest true to maximise
     * @param target stop once the objective is at least this (maximising) or at most this (minimising);
     *     an infinite target of the right sign never stops early
     * @return what the run came to
     */
    Outcome optimise(int[] variables, double[] coefficients, boolean largest, double target) {
        double[] cost = new double[x.length];
        for (int t = 0; t < variables.length; t++) {
            cost[variables[t]] += largest ? -coefficients[t] : coefficients[t];
        }
        Outcome outcome = run(cost, largest ? -target : target, true);
        if (outcome.status() == Status.GAVE_UP || Double.isNaN(outcome.value())) {
            return outcome;
        }
        return new Outcome(outcome.status(), largest ? -outcome.value() : outcome.value());
    }

    /** Minimises the cost; stops early at the target. */
    private Outcome run(double[] cost, double target, boolean check) {
        // Each run starts a new devex reference framework: the nonbasic columns of its first basis.
        weight = new double[x.length];
        Arrays.fill(weight, 1);
        double[] reduced = reducedCosts(cost);
        double objective = dot(cost);
        boolean bland = false;
        int stalled = 0;
        double[] column = new double[m];
        for (int pivots = 0; ; pivots++) {
            if (objective <= target) {
                return checked(Status.TARGET, cost, check);
            }
            int entering = entering(reduced, bland);
            if (entering < 0) {
                return checked(Status.OPTIMAL, cost, check);
            }
            if (pivots == iterations) {
                return new Outcome(Status.GAVE_UP, Double.NaN);
            }
            double direction = reduced[entering] < 0 ? 1 : -1;
            ftran(entering, column);
            int leaving = ratioTest(entering, direction, column, bland);
            // Stopping at the target leaves the entering variable between its bounds (superbasic).
            double toTarget = Double.isFinite(target) ? (objective - target) / Math.abs(reduced[entering]) : Double.POSITIVE_INFINITY;
            if (toTarget < step) {
                move(entering, direction, toTarget, column);
                return checked(Status.TARGET, cost, check);
            }
            if (step == Double.POSITIVE_INFINITY) {
                return ray(entering, direction, column);
            }
            stalled = step <= PIVOT ? stalled + 1 : 0;
            bland |= stalled > STALL;
            move(entering, direction, step, column);
            objective += reduced[entering] * direction * step;
            if (leaving < 0) {
                // The entering variable reached its own other bound.
                x[entering] = direction > 0 ? upper[entering] : lower[entering];
                continue;
            }
            int out = head[leaving];
            x[out] = -direction * column[leaving] < 0 ? lower[out] : upper[out];
            pivot(leaving, entering, column, reduced);
            if (pivotsSinceInversion >= REINVERT) {
                if (!reinvert()) {
                    return new Outcome(Status.GAVE_UP, Double.NaN);
                }
                reduced = reducedCosts(cost);
                objective = dot(cost);
            }
        }
    }

    /**
     * Finds how far the entering variable can move before a basic variable or itself reaches a
     * bound; sets {@link #step} and returns the position of the basic variable that blocks (-1
     * when the entering variable reaches its own bound first, or nothing blocks).
     */
    private int ratioTest(int entering, double direction, double[] column, boolean bland) {
        step = direction > 0 ? upper[entering] - x[entering] : x[entering] - lower[entering];
        int leaving = -1;
        double leavingPivot = 0;
        for (int i = 0; i < m; i++) {
            double limit = limit(i, direction, column);
            if (Double.isNaN(limit)) {
                continue;
            }
            double rate = Math.abs(column[i]);
            boolean tie = step != Double.POSITIVE_INFINITY && Math.abs(limit - step) <= 1e-12 * Math.max(1, step);
            if (limit < step && !tie || tie && leaving >= 0 && (bland ? head[i] < head[leaving] : rate > leavingPivot)) {
                step = limit;
                leaving = i;
                leavingPivot = rate;
            }
        }
        return leaving;
    }

    /** How far the entering variable can move before the basic variable at a position reaches a bound; NaN if never. */
    private double limit(int i, double direction, double[] column) {
        double rate = -direction * column[i];
        if (Math.abs(rate) <= PIVOT) {
            return Double.NaN;
        }
        int basic = head[i];
        double room = rate < 0 ? x[basic] - lower[basic] : upper[basic] - x[basic];
        return room == Double.POSITIVE_INFINITY ? Double.NaN : Math.max(0, room / Math.abs(rate));
    }

    /**
     * Chooses the entering column: the largest squared reduced cost relative to its devex weight
     * (an estimate of the length of the column's edge, Forrest and Goldfarb 1992), or under Bland's
     * rule the first improving one; -1 when none improves.
     */
    private int entering(double[] reduced, boolean bland) {
        int entering = -1;
        double best = 0;
        for (int j = 0; j < x.length; j++) {
            if (position[j] >= 0 || lower[j] == upper[j]) {
                continue;
            }
            double d = reduced[j];
            if (d < -COST && x[j] < upper[j] || d > COST && x[j] > lower[j]) {
                if (bland) {
                    return j;
                }
                double score = d * d / weight[j];
                if (score > best) {
                    best = score;
                    entering = j;
                }
            }
        }
        return entering;
    }

    private void move(int entering, double direction, double step, double[] column) {
        if (step == 0) {
            return;
        }
        x[entering] += direction * step;
        for (int i = 0; i < m; i++) {
            if (column[i] != 0) {
                x[head[i]] -= direction * step * column[i];
            }
        }
    }

    /** Believes an unbounded direction only if it keeps every row and bound of the program as given. */
    private Outcome ray(int entering, double direction, double[] column) {
        double[] along = new double[x.length];
        along[entering] = direction;
        for (int i = 0; i < m; i++) {
            along[head[i]] -= direction * column[i];
        }
        for (int j = 0; j < n; j++) {
            if (along[j] < -FEASIBLE && lower[j] != Double.NEGATIVE_INFINITY
                    || along[j] > FEASIBLE && upper[j] != Double.POSITIVE_INFINITY) {
                return new Outcome(Status.GAVE_UP, Double.NaN);
            }
        }
        for (int i = 0; i < m; i++) {
            double change = 0;
            double scale = 1;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                change += rowValue[k] * along[rowCol[k]];
                scale = Math.max(scale, Math.abs(rowValue[k] * along[rowCol[k]]));
            }
            if (!holds(relation[i], change, FEASIBLE * scale)) {
                return new Outcome(Status.GAVE_UP, Double.NaN);
            }
        }
        return new Outcome(Status.UNBOUNDED, Double.NEGATIVE_INFINITY);
    }

    /** The outcome at the current point, if the point keeps every row and bound as given. */
    private Outcome checked(Status status, double[] cost, boolean check) {
        if (check && !feasible()) {
            return new Outcome(Status.GAVE_UP, Double.NaN);
        }
        return new Outcome(status, dot(cost));
    }

    private boolean feasible() {
        for (int j = 0; j < n; j++) {
            double slack = FEASIBLE * Math.max(1, Math.abs(x[j]));
            if (x[j] < lower[j] - slack || x[j] > upper[j] + slack) {
                return false;
            }
        }
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                sum += rowValue[k] * x[rowCol[k]];
            }
            if (!holds(relation[i], sum - constant[i], FEASIBLE * rowScale(i))) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a row's left side less its right side keeps the row's relation, within a slack. */
    private static boolean holds(Relation relation, double excess, double slack) {
        return switch (relation) {
            case EQUAL -> Math.abs(excess) <= slack;
            case AT_MOST -> excess <= slack;
            case AT_LEAST -> excess >= -slack;
        };
    }

    private double rowScale(int i) {
        double scale = Math.max(1, Math.abs(constant[i]));
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            scale = Math.max(scale, Math.abs(rowValue[k] * x[rowCol[k]]));
        }
        return scale;
    }

    private double dot(double[] cost) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            if (cost[j] != 0) {
                sum += cost[j] * x[j];
            }
        }
        return sum;
    }

    /** The reduced cost of every column: its cost less the prices of the rows it appears in. */
    private double[] reducedCosts(double[] cost) {
        double[] prices = new double[m];
        for (int i = 0; i < m; i++) {
            prices[i] = cost[head[i]];
        }
        btran(prices);
        double[] reduced = cost.clone();
        for (int j = 0; j < x.length; j++) {
            if (position[j] >= 0) {
                reduced[j] = 0;
            } else {
                reduced[j] -= priced(j, prices);
            }
        }
        return reduced;
    }

    /** The dot product of a row vector with a column of the program. */
    private double priced(int j, double[] row) {
        if (j < n) {
            double sum = 0;
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                sum += row[colRow[k]] * colValue[k];
            }
            return sum;
        }
        if (j < n + m) {
            return row[j - n];
        }
        int a = j - n - m;
        return artificialSign[a] * row[artificialRow[a]];
    }

    /** Adds a multiple of a column of the program (structural, slack or artificial) to a dense vector. */
    private void addColumn(int j, double factor, double[] into) {
        if (j < n) {
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                into[colRow[k]] += factor * colValue[k];
            }
        } else if (j < n + m) {
            into[j - n] += factor;
        } else {
            into[artificialRow[j - n - m]] += factor * artificialSign[j - n - m];
        }
    }

    /** B^-1 times a column of the program. */
    private void ftran(int j, double[] into) {
        Arrays.fill(into, 0);
        addColumn(j, 1, into);
        eta.forward(into);
    }

    /** A row vector times B^-1, in place. */
    private void btran(double[] row) {
        eta.backward(row);
    }

    /** Makes a column basic at a position: updates the reduced costs with the pivot row, and the inverse. */
    private void pivot(int leaving, int entering, double[] column, double[] reduced) {
        double[] rho = new double[m];
        rho[leaving] = 1;
        btran(rho);
        double pivot = column[leaving];
        double ratio = reduced[entering] / pivot;
        double reference = weight[entering];
        for (int j = 0; j < x.length; j++) {
            if (position[j] < 0 && lower[j] != upper[j]) {
                double alpha = priced(j, rho);
                if (alpha != 0) {
                    reduced[j] -= ratio * alpha;
                    double share = alpha / pivot;
                    weight[j] = Math.max(weight[j], share * share * reference);
                }
            }
        }
        int out = head[leaving];
        position[out] = -1;
        weight[out] = Math.max(reference / (pivot * pivot), 1);
        reduced[out] = -ratio;
        reduced[entering] = 0;
        head[leaving] = entering;
        position[entering] = leaving;
        eta.add(leaving, column);
        pivotsSinceInversion++;
    }

    /**
     * Rebuilds the inverse from the basic columns (slacks at their rows; then the others, sparsest
     * first, each at the free position where its transformed column is largest) and recomputes the
     * basic values from the nonbasic ones; false if the basis is numerically singular.
     */
    private boolean reinvert() {
        eta.clear();
        int[] basic = head.clone();
        Arrays.fill(position, -1);
        boolean[] taken = new boolean[m];
        Integer[] others = new Integer[m];
        int count = 0;
        for (int column : basic) {
            if (column >= n && column < n + m) {
                taken[column - n] = true;
                head[column - n] = column;
                position[column] = column - n;
            } else {
                others[count++] = column;
            }
        }
        Integer[] order = Arrays.copyOf(others, count);
        Arrays.sort(order, (a, b) -> a < n && b < n ? Integer.compare(colStart[a + 1] - colStart[a], colStart[b + 1] - colStart[b])
                : Integer.compare(a < n ? 1 : 0, b < n ? 1 : 0));
        double[] column = new double[m];
        for (int j : order) {
            ftran(j, column);
            int at = -1;
            double largest = PIVOT;
            for (int i = 0; i < m; i++) {
                if (!taken[i] && Math.abs(column[i]) > largest) {
                    largest = Math.abs(column[i]);
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            taken[at] = true;
            head[at] = j;
            position[j] = at;
            eta.add(at, column);
        }
        // x_B = B^-1 (b - N x_N)
        double[] rhs = constant.clone();
        for (int j = 0; j < x.length; j++) {
            if (position[j] < 0 && x[j] != 0) {
                addColumn(j, -x[j], rhs);
            }
        }
        eta.forward(rhs);
        for (int i = 0; i < m; i++) {
            x[head[i]] = rhs[i];
        }
        pivotsSinceInversion = 0;
        return true;
    }

    /** The inverse of the basis as a product of elementary column transformations. */
    private static final class Eta {
        private int[] at = new int[16];
        private int[] start = new int[17];
        private int[] index = new int[256];
        private double[] value = new double[256];
        private int size;

        void clear() {
            size = 0;
        }

        /** Adds the transformation that turns the column into the unit vector at the position. */
        void add(int pivot, double[] column) {
            if (size + 1 >= at.length) {
                at = Arrays.copyOf(at, 2 * at.length);
                start = Arrays.copyOf(start, 2 * start.length);
            }
            int k = start[size];
            double p = column[pivot];
            for (int i = 0; i < column.length; i++) {
                if (column[i] != 0) {
                    if (k == index.length) {
                        index = Arrays.copyOf(index, 2 * k);
                        value = Arrays.copyOf(value, 2 * k);
                    }
                    index[k] = i;
                    value[k++] = i == pivot ? 1 / p : -column[i] / p;
                }
            }
            at[size++] = pivot;
            start[size] = k;
        }

        void forward(double[] v) {
            for (int e = 0; e < size; e++) {
                int p = at[e];
                double t = v[p];
                if (t == 0) {
                    continue;
                }
                for (int k = start[e]; k < start[e + 1]; k++) {
                    int i = index[k];
                    v[i] = i == p ? t * value[k] : v[i] + value[k] * t;
                }
            }
        }

        void backward(double[] v) {
            for (int e = size - 1; e >= 0; e--) {
                double sum = 0;
                for (int k = start[e]; k < start[e + 1]; k++) {
                    sum += value[k] * v[index[k]];
                }
                v[at[e]] = sum;
            }
        }
    }
}
