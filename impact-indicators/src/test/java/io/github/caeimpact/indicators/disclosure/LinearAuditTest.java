package io.github.caeimpact.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LinearAuditTest {

    @Test
    void aLineWithOneMaskedCellDeterminesIt() {
        // Total 20 = 12 shown + a masked: a is 8 exactly.
        LinearAudit.Builder builder = LinearAudit.builder();
        int a = builder.variable(0, Double.POSITIVE_INFINITY);
        builder.equal(Map.of(a, 1.0), 20 - 12);
        FeasibleInterval interval = builder.build().interval(a);
        assertThat(interval.lower()).isCloseTo(8, within(1e-9));
        assertThat(interval.width()).isCloseTo(0, within(1e-9));
    }

    @Test
    void twoMaskedCellsOfALineShareTheDifference() {
        // Total 20 = 12 + a + b, a below k = 5 (a <= 4), b complementary (b >= 5): a in [0, 3].
        LinearAudit.Builder builder = LinearAudit.builder();
        int a = builder.variable(0, Double.POSITIVE_INFINITY);
        int b = builder.variable(0, Double.POSITIVE_INFINITY);
        builder.equal(Map.of(a, 1.0, b, 1.0), 8);
        builder.atMost(Map.of(a, 1.0), 4);
        builder.atMost(Map.of(b, -1.0), -5);
        LinearAudit audit = builder.build();
        assertThat(audit.interval(a).lower()).isCloseTo(0, within(1e-9));
        assertThat(audit.interval(a).upper()).isCloseTo(3, within(1e-9));
        assertThat(audit.interval(Map.of(a, 1.0, b, 1.0)).width()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aTwoByTwoTableOfMaskedCellsKeepsItsRange() {
        // 2 x 2 cells all masked, margins 10, 10 by rows and columns: x11 in [0, 10].
        LinearAudit.Builder builder = LinearAudit.builder();
        int[] x = new int[4];
        for (int i = 0; i < 4; i++) {
            x[i] = builder.variable(0, Double.POSITIVE_INFINITY);
        }
        builder.equal(Map.of(x[0], 1.0, x[1], 1.0), 10).equal(Map.of(x[2], 1.0, x[3], 1.0), 10);
        builder.equal(Map.of(x[0], 1.0, x[2], 1.0), 10).equal(Map.of(x[1], 1.0, x[3], 1.0), 10);
        FeasibleInterval interval = builder.build().interval(x[0]);
        assertThat(interval.lower()).isCloseTo(0, within(1e-9));
        assertThat(interval.upper()).isCloseTo(10, within(1e-9));
    }

    @Test
    void anUnconstrainedCellIsUnboundedAbove() {
        LinearAudit.Builder builder = LinearAudit.builder();
        int a = builder.variable(0, Double.POSITIVE_INFINITY);
        assertThat(builder.build().interval(a).upper()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aNeighbourhoodRelaxesFarConstraints() {
        // A chain a - b - c - d where d is pinned: exact, a is pinned too; with a neighbourhood of 2, the pin is out of reach.
        LinearAudit.Builder exact = chain(LinearAudit.builder());
        assertThat(exact.build().interval(0).width()).isCloseTo(0, within(1e-9));
        LinearAudit.Builder near = chain(LinearAudit.builder().neighbourhood(2));
        assertThat(near.build().interval(0).width()).isGreaterThan(1);
    }

    private static LinearAudit.Builder chain(LinearAudit.Builder builder) {
        for (int i = 0; i < 4; i++) {
            builder.variable(0, Double.POSITIVE_INFINITY);
        }
        builder.equal(Map.of(0, 1.0, 1, -1.0), 0).equal(Map.of(1, 1.0, 2, -1.0), 0).equal(Map.of(2, 1.0, 3, -1.0), 0);
        return builder.equal(Map.of(3, 1.0), 3);
    }

    @Test
    void contradictoryFiguresAreRefused() {
        LinearAudit.Builder builder = LinearAudit.builder();
        int a = builder.variable(0, Double.POSITIVE_INFINITY);
        builder.equal(Map.of(a, 1.0), -1);
        assertThatThrownBy(() -> builder.build().interval(a)).isInstanceOf(IllegalStateException.class).hasMessageContaining("contradict");
    }

    @Test
    void unknownVariablesAndCrossedBoundsAreRefused() {
        LinearAudit.Builder builder = LinearAudit.builder();
        assertThatThrownBy(() -> builder.variable(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.equal(Map.of(0, 1.0), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variable 0");
        assertThatThrownBy(() -> builder.neighbourhood(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.build().interval(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The reader's program over a release of 40 people (seed 9049), as the attack harness wrote it
     * (V index lower upper; E or L constant, then variable:coefficient): variable 610, ACT01's
     * entrepreneurs of unknown education, truly 1, masked below k, may be anything from 0 to 4.
     */
    @Test
    void aMaskedCellOfARealReleaseKeepsItsWholeRange() throws IOException {
        FeasibleInterval interval = load("release-program.txt").build().interval(610);
        assertThat(interval.lower()).isCloseTo(0, within(1e-6));
        assertThat(interval.upper()).isCloseTo(4, within(1e-6));
    }

    /**
     * Two programs the audit solved for releases of generated cooperatives (seeds 3, 17, 77 and 2026,
     * 12 to 60 people), with the bounds written as rows: Commons Math's simplex, used before, found [0, 0] for both, as if the
     * masked figure were known; HiGHS (scipy 1.17) finds [0, 437,098.86] for the masked sum of
     * money and [0, 4] for the masked count, which is what the audit must see.
     */
    @Test
    void programsWhereCommonsMathStoppedAtItsFirstVertexKeepTheirWholeRange() throws IOException {
        FeasibleInterval sum = load("stalled-sums-program.txt").build().interval(32);
        assertThat(sum.lower()).isCloseTo(0, within(1e-6));
        assertThat(sum.upper()).isCloseTo(437_098.86, within(1e-6));
        FeasibleInterval count = load("stalled-counts-program.txt").build().interval(43);
        assertThat(count.lower()).isCloseTo(0, within(1e-6));
        assertThat(count.upper()).isCloseTo(4, within(1e-6));
    }

    @Test
    void anIntervalHoldsTheTrueValues() {
        // a + b = 8, a <= 4, b >= 5 with the true a = 3, b = 5: a in [0, 3] holds 3.
        LinearAudit.Builder builder = LinearAudit.builder();
        int a = builder.variable(0, Double.POSITIVE_INFINITY, 3);
        int b = builder.variable(0, Double.POSITIVE_INFINITY, 5);
        builder.equal(Map.of(a, 1.0, b, 1.0), 8).atMost(Map.of(a, 1.0), 4).atMost(Map.of(b, -1.0), -5);
        FeasibleInterval interval = builder.build().interval(a);
        assertThat(interval.lower()).isCloseTo(0, within(1e-9));
        assertThat(interval.upper()).isCloseTo(3, within(1e-9));
    }

    @Test
    void aTrueValueOutsideItsBoundsIsRefused() {
        LinearAudit.Builder builder = LinearAudit.builder();
        assertThatThrownBy(() -> builder.variable(0, 4, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true value 5.0");
        assertThatThrownBy(() -> builder.variable(0, 4, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void freeVariablesTakeNegativeValues() {
        // A difference d = x - y of two sums, d + 10 = 3: d is -7, whatever the sign constraints of counts.
        LinearAudit.Builder builder = LinearAudit.builder();
        int d = builder.variable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        int e = builder.variable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        builder.equal(Map.of(d, 1.0), -7).atMost(Map.of(e, 1.0, d, -1.0), 2).atMost(Map.of(e, -1.0), 20);
        LinearAudit audit = builder.build();
        assertThat(audit.interval(d).lower()).isCloseTo(-7, within(1e-9));
        assertThat(audit.interval(d).upper()).isCloseTo(-7, within(1e-9));
        assertThat(audit.interval(e).lower()).isCloseTo(-20, within(1e-9));
        assertThat(audit.interval(e).upper()).isCloseTo(-5, within(1e-9));
    }

    /** Reads a program: V index lower upper; E or L constant, then variable:coefficient. */
    private static LinearAudit.Builder load(String resource) throws IOException {
        LinearAudit.Builder builder = LinearAudit.builder();
        try (InputStream in = LinearAuditTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split(" ");
                if (fields[0].equals("V")) {
                    builder.variable(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
                    continue;
                }
                Map<Integer, Double> terms = new TreeMap<>();
                for (int f = 2; f < fields.length; f++) {
                    String[] term = fields[f].split(":");
                    terms.put(Integer.parseInt(term[0]), Double.parseDouble(term[1]));
                }
                if (fields[0].equals("E")) {
                    builder.equal(terms, Double.parseDouble(fields[1]));
                } else {
                    builder.atMost(terms, Double.parseDouble(fields[1]));
                }
            }
        }
        return builder;
    }
}
