package io.github.caeimpact.indicators.disclosure;

import java.util.Arrays;

/**
 * A dense two-phase simplex method for the small programs of an audit: minimise c·x subject to rows
 * a·x = b, a·x &lt;= b or a·x &gt;= b, with x &gt;= 0. Written for this library because Commons Math's
 * {@code SimplexSolver} returned wrong optima (Dantzig's rule stopping at its first vertex) and,
 * on degenerate release programs, points that break the constraints they were solved under.
 *
 * <p>Phase one minimises the sum of artificial variables; artificials still basic at zero are then
 * pivoted out, or their row dropped when it repeats others. Entering columns follow Dantzig's rule
 * (most negative reduced cost) and switch for good to Bland's rule (lowest index), which cannot
 * cycle, after a run of pivots that do not move; the ratio test breaks ties by the lowest basic
 * index. The point returned is read from the final basis, so it is the vertex whose value is given.
 */
final class Simplex {

    /** What a program came to. */
    enum Status {
        /** An optimal vertex was found. */
        OPTIMAL,
        /** The objective decreases without bound along a ray of the feasible set. */
        UNBOUNDED,
        /** No point satisfies every row. */
        INFEASIBLE
    }

    /**
     * The answer to a program.
     *
     * @param status what the program came to
     * @param point the optimal vertex, null unless optimal
     */
    record Result(Status status, double[] point) {
    }

    /** Relationship of a row to its right-hand side. */
    enum Relation {
        /** a·x = b. */
        EQUAL,
        /** a·x &lt;= b. */
        AT_MOST,
        /** a·x &gt;= b. */
        AT_LEAST
    }

    private static final double PIVOT = 1e-9;
    private static final double COST = 1e-9;
    private static final int STALL = 50;

    private final int structural;
    private final int columns;
    private final double[][] tableau;
    private final int[] basis;
    private final boolean[] artificial;
    private final boolean[] dead;
    private final double feasibility;
    private final int iterations;

    /**
     * Sets up a program; the rows are copied.
     *
     * @param variables the number of variables
     * @param rows the coefficients of each row, each as long as the number of variables
     * @param relations each row's relationship
     * @param constants each row's right-hand side
     * @param iterations the most pivots each phase may take
     */
    Simplex(int variables, double[][] rows, Relation[] relations, double[] constants, int iterations) {
        this.iterations = iterations;
        int m = rows.length;
        structural = variables;
        int slacks = 0;
        int artificials = 0;
        double scale = 1;
        // A row with a negative constant is negated, so that every constant is a starting value of at least 0.
        Relation[] signed = new Relation[m];
        for (int i = 0; i < m; i++) {
            signed[i] = constants[i] < 0 ? flip(relations[i]) : relations[i];
            Relation relation = signed[i];
            slacks += relation == Relation.EQUAL ? 0 : 1;
            artificials += relation == Relation.AT_MOST ? 0 : 1;
            scale = Math.max(scale, Math.abs(constants[i]));
        }
        feasibility = 1e-9 * scale;
        columns = structural + slacks + artificials;
        tableau = new double[m][columns + 1];
        basis = new int[m];
        artificial = new boolean[columns];
        dead = new boolean[m];
        int slack = structural;
        int next = structural + slacks;
        for (int i = 0; i < m; i++) {
            double sign = constants[i] < 0 ? -1 : 1;
            Relation relation = signed[i];
            for (int j = 0; j < structural; j++) {
                tableau[i][j] = sign * rows[i][j];
            }
            tableau[i][columns] = sign * constants[i];
            if (relation == Relation.AT_MOST) {
                tableau[i][slack] = 1;
                basis[i] = slack++;
            } else {
                if (relation == Relation.AT_LEAST) {
                    tableau[i][slack++] = -1;
                }
                tableau[i][next] = 1;
                artificial[next] = true;
                basis[i] = next++;
            }
        }
    }

    private static Relation flip(Relation relation) {
        return switch (relation) {
            case EQUAL -> Relation.EQUAL;
            case AT_MOST -> Relation.AT_LEAST;
            case AT_LEAST -> Relation.AT_MOST;
        };
    }

    /**
     * Minimises the objective; the program is consumed (call once).
     *
     * @param objective the cost of each variable
     * @return the optimal vertex, or why there is none
     * @throws IllegalStateException if a phase needs more pivots than allowed
     */
    Result minimise(double[] objective) {
        double[] phaseOne = new double[columns];
        for (int j = 0; j < columns; j++) {
            phaseOne[j] = artificial[j] ? 1 : 0;
        }
        run(phaseOne);
        double infeasibility = 0;
        for (int i = 0; i < basis.length; i++) {
            if (!dead[i] && artificial[basis[i]]) {
                infeasibility += tableau[i][columns];
            }
        }
        if (infeasibility > feasibility) {
            return new Result(Status.INFEASIBLE, null);
        }
        removeArtificials();
        double[] cost = Arrays.copyOf(objective, columns);
        if (!run(cost)) {
            return new Result(Status.UNBOUNDED, null);
        }
        double[] point = new double[structural];
        for (int i = 0; i < basis.length; i++) {
            if (!dead[i] && basis[i] < structural) {
                point[basis[i]] = Math.max(0, tableau[i][columns]);
            }
        }
        return new Result(Status.OPTIMAL, point);
    }

    /** Pivots until no column improves the cost; returns false if the cost is unbounded below. */
    private boolean run(double[] cost) {
        double[] reduced = cost.clone();
        for (int i = 0; i < basis.length; i++) {
            double c = cost[basis[i]];
            if (!dead[i] && c != 0) {
                for (int j = 0; j < columns; j++) {
                    reduced[j] -= c * tableau[i][j];
                }
            }
        }
        boolean bland = false;
        int stalled = 0;
        for (int pivots = 0; ; pivots++) {
            int entering = -1;
            double best = -COST;
            for (int j = 0; j < columns; j++) {
                // An artificial that left the basis is never needed again.
                if (artificial[j] || reduced[j] >= -COST) {
                    continue;
                }
                if (bland) {
                    entering = j;
                    break;
                }
                if (reduced[j] < best) {
                    best = reduced[j];
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            if (pivots == iterations) {
                throw new IllegalStateException("the simplex took more than " + iterations + " pivots");
            }
            int leaving = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < basis.length; i++) {
                double a = tableau[i][entering];
                if (dead[i] || a <= PIVOT) {
                    continue;
                }
                double r = tableau[i][columns] / a;
                if (r < ratio - PIVOT || r <= ratio + PIVOT && basis[i] < basis[leaving]) {
                    ratio = r;
                    leaving = i;
                }
            }
            if (leaving < 0) {
                return false;
            }
            stalled = ratio <= PIVOT ? stalled + 1 : 0;
            bland |= stalled > STALL;
            pivot(leaving, entering);
            double factor = reduced[entering];
            for (int j = 0; j < columns; j++) {
                reduced[j] -= factor * tableau[leaving][j];
            }
            reduced[entering] = 0;
        }
    }

    /** Drives the artificials still basic (at zero) out of the basis; a row with nothing else to pivot on repeats others. */
    private void removeArtificials() {
        for (int i = 0; i < basis.length; i++) {
            if (dead[i] || !artificial[basis[i]]) {
                continue;
            }
            int entering = -1;
            for (int j = 0; j < columns && entering < 0; j++) {
                if (!artificial[j] && Math.abs(tableau[i][j]) > PIVOT) {
                    entering = j;
                }
            }
            if (entering < 0) {
                dead[i] = true;
            } else {
                pivot(i, entering);
            }
        }
    }

    private void pivot(int row, int column) {
        double[] pivotRow = tableau[row];
        double divisor = pivotRow[column];
        for (int j = 0; j <= columns; j++) {
            pivotRow[j] /= divisor;
        }
        pivotRow[column] = 1;
        for (int i = 0; i < basis.length; i++) {
            double factor = tableau[i][column];
            if (i == row || dead[i] || factor == 0) {
                continue;
            }
            double[] target = tableau[i];
            for (int j = 0; j <= columns; j++) {
                target[j] -= factor * pivotRow[j];
            }
            target[column] = 0;
        }
        basis[row] = column;
    }
}
