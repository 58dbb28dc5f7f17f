package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.indicators.disclosure.RevisedSimplex.Outcome;
import io.github.caeimpact.indicators.disclosure.RevisedSimplex.Relation;
import io.github.caeimpact.indicators.disclosure.RevisedSimplex.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RevisedSimplexTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void findsTheOptimalVertex() {
        // max x + y with x + y <= 4, x <= 3 (a bound): 4, on the edge x + y = 4.
        RevisedSimplex program = program(new double[] {0, 0}, new double[] {3, INF}, null,
                new double[][] {{1, 1}}, new Relation[] {Relation.AT_MOST}, new double[] {4});
        Outcome outcome = program.optimise(new int[] {0, 1}, new double[] {1, 1}, true, INF);
        assertThat(outcome.status()).isEqualTo(Status.OPTIMAL);
        assertThat(outcome.value()).isCloseTo(4, within(1e-12));
        assertThat(program.value(0) + program.value(1)).isCloseTo(4, within(1e-12));
    }

    @Test
    void equalitiesAndLowerLimitsNeedTheFirstPhase() {
        // min x with x + y = 10, y <= 7, x >= 1: x = 3 (y = 7); started at 0, 0, which breaks x + y = 10.
        RevisedSimplex program = program(new double[] {0, 0}, new double[] {INF, INF}, null,
                new double[][] {{1, 1}, {0, 1}, {1, 0}}, new Relation[] {Relation.EQUAL, Relation.AT_MOST, Relation.AT_LEAST},
                new double[] {10, 7, 1});
        Outcome outcome = program.optimise(new int[] {0}, new double[] {1}, false, -INF);
        assertThat(outcome.value()).isCloseTo(3, within(1e-12));
        assertThat(program.value(1)).isCloseTo(7, within(1e-12));
    }

    @Test
    void contradictoryRowsAreRefused() {
        assertThatThrownBy(() -> program(new double[] {0}, new double[] {INF}, null, new double[][] {{1}, {1}},
                new Relation[] {Relation.AT_MOST, Relation.AT_LEAST}, new double[] {2, 3}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contradict");
    }

    @Test
    void aRayThatImprovesTheObjectiveIsUnbounded() {
        // max y with x - y <= 1: y grows with x.
        RevisedSimplex program = program(new double[] {0, 0}, new double[] {INF, INF}, null, new double[][] {{1, -1}},
                new Relation[] {Relation.AT_MOST}, new double[] {1});
        assertThat(program.optimise(new int[] {1}, new double[] {1}, true, INF).status()).isEqualTo(Status.UNBOUNDED);
    }

    @Test
    void repeatedEqualitiesDoNotStopTheFirstPhase() {
        // x + y = 5 written three times (once negated): max y = 5, where x = 0.
        RevisedSimplex program = program(new double[] {0, 0}, new double[] {INF, INF}, null, new double[][] {{1, 1}, {2, 2}, {-1, -1}},
                new Relation[] {Relation.EQUAL, Relation.EQUAL, Relation.EQUAL}, new double[] {5, 10, -5});
        assertThat(program.optimise(new int[] {1}, new double[] {1}, true, INF).value()).isCloseTo(5, within(1e-12));
        assertThat(program.value(0)).isCloseTo(0, within(1e-12));
    }

    @Test
    void bealesCyclingExampleEndsAtItsOptimum() {
        // Beale (1955): Dantzig's rule can cycle on it; the method ends at -5/4.
        RevisedSimplex program = program(new double[4], new double[] {INF, INF, INF, INF}, null,
                new double[][] {{0.25, -8, -1, 9}, {0.5, -12, -0.5, 3}, {0, 0, 1, 0}},
                new Relation[] {Relation.AT_MOST, Relation.AT_MOST, Relation.AT_MOST}, new double[] {0, 0, 1});
        Outcome outcome = program.optimise(new int[] {0, 1, 2, 3}, new double[] {-0.75, 20, -0.5, 6}, false, -INF);
        assertThat(outcome.status()).isEqualTo(Status.OPTIMAL);
        assertThat(outcome.value()).isCloseTo(-1.25, within(1e-12));
    }

    @Test
    void aRunNeedingMorePivotsThanAllowedGivesUp() {
        // max x + y + z with x + y + z <= 3, each at most 2, from 0: a pivot is needed, and none is allowed.
        RevisedSimplex program = new RevisedSimplex(new double[3], new double[] {2, 2, 2}, null, new int[][] {{0, 1, 2}},
                new double[][] {{1, 1, 1}}, new Relation[] {Relation.AT_MOST}, new double[] {3}, 0);
        assertThat(program.optimise(new int[] {0, 1, 2}, new double[] {1, 1, 1}, true, INF).status()).isEqualTo(Status.GAVE_UP);
    }

    @Test
    void aRunStopsAtItsTargetOnAPointThatKeepsEveryRow() {
        // x + y = 10, both in [0, 10], started at x = 2: max x with target 5 stops at x >= 5 short of 10.
        RevisedSimplex program = program(new double[] {0, 0}, new double[] {10, 10}, new double[] {2, 8},
                new double[][] {{1, 1}}, new Relation[] {Relation.EQUAL}, new double[] {10});
        Outcome outcome = program.optimise(new int[] {0}, new double[] {1}, true, 5);
        assertThat(outcome.status()).isEqualTo(Status.TARGET);
        assertThat(outcome.value()).isGreaterThanOrEqualTo(5 - 1e-12).isLessThan(10);
        assertThat(program.value(0) + program.value(1)).isCloseTo(10, within(1e-12));
        assertThat(program.optimise(new int[] {0}, new double[] {1}, true, INF).value()).isCloseTo(10, within(1e-12));
    }

    /**
     * A table of 12 x 12 counts, every cell unknown, its row and column totals published (a
     * transportation polytope): a cell lies between max(0, row + column - total) and
     * min(row, column), the Fréchet bounds. Started at the true table and asked cell after cell,
     * each run starting where the last stopped, through many more pivots than a rebuild of the
     * inverse ({@link RevisedSimplex#REINVERT}).
     */
    @Test
    void everyCellOfATableWithPublishedMarginsHasItsFrechetBounds() {
        int size = 12;
        SplittableRandom random = new SplittableRandom(20_261_203L);
        double[] truth = new double[size * size];
        double[] rowTotal = new double[size];
        double[] columnTotal = new double[size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                truth[r * size + c] = random.nextInt(0, 5) == 0 ? 0 : random.nextInt(1, 9);
                rowTotal[r] += truth[r * size + c];
                columnTotal[c] += truth[r * size + c];
            }
        }
        double total = Arrays.stream(rowTotal).sum();
        double[][] rows = new double[2 * size][size * size];
        double[] constants = new double[2 * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                rows[r][r * size + c] = 1;
                rows[size + c][r * size + c] = 1;
            }
            constants[r] = rowTotal[r];
            constants[size + r] = columnTotal[r];
        }
        Relation[] relations = new Relation[2 * size];
        Arrays.fill(relations, Relation.EQUAL);
        double[] upper = new double[size * size];
        Arrays.fill(upper, INF);
        RevisedSimplex program = program(new double[size * size], upper, truth, rows, relations, constants);
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                int[] cell = {r * size + c};
                double[] one = {1};
                assertThat(program.optimise(cell, one, true, INF).value()).as("max of cell %d, %d", r, c)
                        .isCloseTo(Math.min(rowTotal[r], columnTotal[c]), within(1e-9));
                assertThat(program.optimise(cell, one, false, -INF).value()).as("min of cell %d, %d", r, c)
                        .isCloseTo(Math.max(0, rowTotal[r] + columnTotal[c] - total), within(1e-9));
            }
        }
    }

    /**
     * Seeded property: on 2,000 random programs of three variables in the box [0, 10]^3 with three
     * random rows, the optimum equals the best vertex found by brute force (every choice of three
     * active constraints solved by Cramer's rule), the point satisfies every row, and a program
     * with no vertex is refused.
     */
    @Test
    void matchesTheBestVertexOnRandomPrograms() {
        SplittableRandom random = new SplittableRandom(20_261_202L);
        int optimal = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            double[][] rows = new double[3][3];
            Relation[] relations = new Relation[3];
            double[] constants = new double[3];
            for (int r = 0; r < 3; r++) {
                for (int j = 0; j < 3; j++) {
                    rows[r][j] = random.nextInt(-4, 5);
                }
                relations[r] = Relation.values()[random.nextInt(3)];
                constants[r] = random.nextInt(-10, 21);
            }
            double[] cost = {random.nextInt(-5, 6), random.nextInt(-5, 6), random.nextInt(-5, 6)};
            Double best = bestVertex(rows, relations, constants, cost);
            if (best == null) {
                assertThatThrownBy(() -> program(new double[3], new double[] {10, 10, 10}, null, rows, relations, constants))
                        .as("trial %d", trial).isInstanceOf(IllegalStateException.class);
                continue;
            }
            optimal++;
            RevisedSimplex program = program(new double[3], new double[] {10, 10, 10}, null, rows, relations, constants);
            Outcome outcome = program.optimise(new int[] {0, 1, 2}, cost, false, -INF);
            assertThat(outcome.status()).as("trial %d", trial).isEqualTo(Status.OPTIMAL);
            assertThat(outcome.value()).as("trial %d", trial).isCloseTo(best, within(1e-9));
            double[] point = {program.value(0), program.value(1), program.value(2)};
            assertThat(satisfies(rows, relations, constants, point)).as("trial %d", trial).isTrue();
        }
        assertThat(optimal).as("programs with a feasible point").isGreaterThan(500);
    }

    private static RevisedSimplex program(double[] lower, double[] upper, double[] start, double[][] rows, Relation[] relations,
            double[] constants) {
        int[][] columns = new int[rows.length][];
        double[][] coefficients = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            List<Integer> used = new ArrayList<>();
            for (int j = 0; j < rows[r].length; j++) {
                if (rows[r][j] != 0) {
                    used.add(j);
                }
            }
            columns[r] = used.stream().mapToInt(Integer::intValue).toArray();
            double[] row = rows[r];
            coefficients[r] = used.stream().mapToDouble(j -> row[j]).toArray();
        }
        return new RevisedSimplex(lower, upper, start, columns, coefficients, relations, constants, 100_000);
    }

    /** The least cost over the vertices of the polytope (rows, the box's sides); null when it is empty. */
    private static Double bestVertex(double[][] rows, Relation[] relations, double[] constants, double[] cost) {
        List<double[]> planes = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            planes.add(new double[] {rows[r][0], rows[r][1], rows[r][2], constants[r]});
        }
        for (int j = 0; j < 3; j++) {
            double[] floor = new double[4];
            floor[j] = 1;
            planes.add(floor);
            double[] ceiling = new double[4];
            ceiling[j] = 1;
            ceiling[3] = 10;
            planes.add(ceiling);
        }
        Double best = null;
        for (int a = 0; a < planes.size(); a++) {
            for (int b = a + 1; b < planes.size(); b++) {
                for (int c = b + 1; c < planes.size(); c++) {
                    double[] x = solve(planes.get(a), planes.get(b), planes.get(c));
                    if (x != null && satisfies(rows, relations, constants, x)) {
                        double value = cost[0] * x[0] + cost[1] * x[1] + cost[2] * x[2];
                        best = best == null ? value : Math.min(best, value);
                    }
                }
            }
        }
        return best;
    }

    private static double[] solve(double[] p, double[] q, double[] r) {
        double det = determinant(p[0], p[1], p[2], q[0], q[1], q[2], r[0], r[1], r[2]);
        if (Math.abs(det) < 1e-9) {
            return null;
        }
        return new double[] {
            determinant(p[3], p[1], p[2], q[3], q[1], q[2], r[3], r[1], r[2]) / det,
            determinant(p[0], p[3], p[2], q[0], q[3], q[2], r[0], r[3], r[2]) / det,
            determinant(p[0], p[1], p[3], q[0], q[1], q[3], r[0], r[1], r[3]) / det};
    }

    private static double determinant(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }

    private static boolean satisfies(double[][] rows, Relation[] relations, double[] constants, double[] x) {
        for (double v : x) {
            if (v < -1e-9 || v > 10 + 1e-9) {
                return false;
            }
        }
        for (int r = 0; r < rows.length; r++) {
            double sum = rows[r][0] * x[0] + rows[r][1] * x[1] + rows[r][2] * x[2];
            boolean holds = switch (relations[r]) {
                case EQUAL -> Math.abs(sum - constants[r]) <= 1e-9;
                case AT_MOST -> sum <= constants[r] + 1e-9;
                case AT_LEAST -> sum >= constants[r] - 1e-9;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
