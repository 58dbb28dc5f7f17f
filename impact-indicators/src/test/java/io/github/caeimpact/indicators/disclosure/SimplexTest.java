package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.caeimpact.indicators.disclosure.Simplex.Relation;
import io.github.caeimpact.indicators.disclosure.Simplex.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimplexTest {

    @Test
    void findsTheOptimalVertex() {
        // min -x - y with x + y <= 4, x <= 3: -4, on the edge x + y = 4.
        Simplex.Result result = new Simplex(2, new double[][] {{1, 1}, {1, 0}}, new Relation[] {Relation.AT_MOST, Relation.AT_MOST},
                new double[] {4, 3}, 100).minimise(new double[] {-1, -1});
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        assertThat(result.point()[0] + result.point()[1]).isCloseTo(4, within(1e-12));
    }

    @Test
    void equalitiesAndLowerLimitsNeedThePhaseOne() {
        // min x with x + y = 10, y <= 7, x >= 1: x = 3.
        Simplex.Result result = new Simplex(2, new double[][] {{1, 1}, {0, 1}, {1, 0}},
                new Relation[] {Relation.EQUAL, Relation.AT_MOST, Relation.AT_LEAST}, new double[] {10, 7, 1}, 100).minimise(new double[] {1, 0});
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        assertThat(result.point()).containsExactly(new double[] {3, 7}, within(1e-12));
    }

    @Test
    void contradictoryRowsAreInfeasible() {
        Simplex.Result result = new Simplex(1, new double[][] {{1}, {1}}, new Relation[] {Relation.AT_MOST, Relation.AT_LEAST},
                new double[] {2, 3}, 100).minimise(new double[] {1});
        assertThat(result.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(result.point()).isNull();
    }

    @Test
    void aRayThatLowersTheCostIsUnbounded() {
        Simplex.Result result = new Simplex(2, new double[][] {{1, -1}}, new Relation[] {Relation.AT_MOST}, new double[] {1}, 100)
                .minimise(new double[] {0, -1});
        assertThat(result.status()).isEqualTo(Status.UNBOUNDED);
    }

    @Test
    void repeatedEqualitiesAreDroppedAfterThePhaseOne() {
        // x + y = 5 written three times (once negated): the artificials of the repeats stay basic at 0 and their rows go.
        Simplex.Result result = new Simplex(2, new double[][] {{1, 1}, {2, 2}, {-1, -1}},
                new Relation[] {Relation.EQUAL, Relation.EQUAL, Relation.EQUAL}, new double[] {5, 10, -5}, 100).minimise(new double[] {0, -1});
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        assertThat(result.point()).containsExactly(new double[] {0, 5}, within(1e-12));
    }

    @Test
    void bealesCyclingExampleEndsAtItsOptimum() {
        // Beale (1955): Dantzig's rule with the lowest-index tie break cycles; the switch to Bland's ends it at -5/4.
        Simplex.Result result = new Simplex(4, new double[][] {{0.25, -8, -1, 9}, {0.5, -12, -0.5, 3}, {0, 0, 1, 0}},
                new Relation[] {Relation.AT_MOST, Relation.AT_MOST, Relation.AT_MOST}, new double[] {0, 0, 1}, 1_000)
                .minimise(new double[] {-0.75, 20, -0.5, 6});
        assertThat(result.status()).isEqualTo(Status.OPTIMAL);
        double cost = -0.75 * result.point()[0] + 20 * result.point()[1] - 0.5 * result.point()[2] + 6 * result.point()[3];
        assertThat(cost).isCloseTo(-1.25, within(1e-12));
    }

    @Test
    void aProgramNeedingMorePivotsThanAllowedIsRefusedAndOneNeedingNoneIsNot() {
        // min -x - y with x <= 1, y <= 1 needs two pivots; min x needs none.
        double[][] rows = {{1, 0}, {0, 1}};
        Relation[] relations = {Relation.AT_MOST, Relation.AT_MOST};
        assertThatThrownBy(() -> new Simplex(2, rows, relations, new double[] {1, 1}, 1).minimise(new double[] {-1, -1}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than 1 pivots");
        Simplex.Result none = new Simplex(2, rows, relations, new double[] {1, 1}, 0).minimise(new double[] {1, 0});
        assertThat(none.status()).isEqualTo(Status.OPTIMAL);
        assertThat(none.point()).containsExactly(0, 0);
    }

    /**
     * Seeded property: on 2,000 random programs of three variables in the box [0, 10]^3 with three
     * random rows, the optimum equals the best vertex found by brute force (every choice of three
     * active constraints solved by Cramer's rule), and the point satisfies every row.
     */
    @Test
    void matchesTheBestVertexOnRandomPrograms() {
        SplittableRandom random = new SplittableRandom(20_261_202L);
        int optimal = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            double[][] rows = new double[6][3];
            Relation[] relations = new Relation[6];
            double[] constants = new double[6];
            for (int r = 0; r < 3; r++) {
                for (int j = 0; j < 3; j++) {
                    rows[r][j] = random.nextInt(-4, 5);
                }
                relations[r] = Relation.values()[random.nextInt(3)];
                constants[r] = random.nextInt(-10, 21);
            }
            for (int j = 0; j < 3; j++) {
                rows[3 + j][j] = 1;
                relations[3 + j] = Relation.AT_MOST;
                constants[3 + j] = 10;
            }
            double[] cost = {random.nextInt(-5, 6), random.nextInt(-5, 6), random.nextInt(-5, 6)};
            Double best = bestVertex(rows, relations, constants, cost);
            Simplex.Result result = new Simplex(3, rows, relations, constants, 1_000).minimise(cost);
            if (best == null) {
                assertThat(result.status()).as("trial %d", trial).isEqualTo(Status.INFEASIBLE);
                continue;
            }
            optimal++;
            assertThat(result.status()).as("trial %d", trial).isEqualTo(Status.OPTIMAL);
            double value = 0;
            for (int j = 0; j < 3; j++) {
                value += cost[j] * result.point()[j];
            }
            assertThat(value).as("trial %d", trial).isCloseTo(best, within(1e-9));
            assertThat(satisfies(rows, relations, constants, result.point())).as("trial %d", trial).isTrue();
        }
        assertThat(optimal).as("programs with a feasible point").isGreaterThan(500);
    }

    /** The least cost over the vertices of the polytope (rows, the box's upper sides, x >= 0); null when it is empty. */
    private static Double bestVertex(double[][] rows, Relation[] relations, double[] constants, double[] cost) {
        List<double[]> planes = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            planes.add(new double[] {rows[r][0], rows[r][1], rows[r][2], constants[r]});
        }
        for (int j = 0; j < 3; j++) {
            double[] plane = new double[4];
            plane[j] = 1;
            planes.add(plane);
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
            if (v < -1e-9) {
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
