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
    void aLongChainOfRelationsPinsItsFirstCell() {
        // a = b = c = ... and the last is published as 3: every cell of the chain is 3, however far the pin.
        LinearAudit.Builder builder = LinearAudit.builder();
        int length = 200;
        for (int i = 0; i < length; i++) {
            builder.variable(0, Double.POSITIVE_INFINITY, 3);
        }
        for (int i = 0; i + 1 < length; i++) {
            builder.equal(Map.of(i, 1.0, i + 1, -1.0), 0);
        }
        LinearAudit audit = builder.equal(Map.of(length - 1, 1.0), 3).build();
        assertThat(audit.interval(0).lower()).isCloseTo(3, within(1e-9));
        assertThat(audit.interval(0).width()).isCloseTo(0, within(1e-9));
        assertThat(audit.spans(Map.of(0, 1.0), 3, 3.5)).isFalse();
    }

    @Test
    void aCellPinnedFarAwayHasNoWidthThoughItsNearestUnknownsLeaveItFree() {
        // The chain of 200: the 40 unknowns nearest the first leave it free (their program drops the pin); the whole group pins it.
        LinearAudit.Builder builder = LinearAudit.builder();
        int length = 200;
        for (int i = 0; i < length; i++) {
            builder.variable(0, 10, 3);
        }
        for (int i = 0; i + 1 < length; i++) {
            builder.equal(Map.of(i, 1.0, i + 1, -1.0), 0);
        }
        LinearAudit pinned = builder.equal(Map.of(length - 1, 1.0), 3).build();
        assertThat(pinned.hasWidth(Map.of(0, 1.0), 1)).isFalse();
        assertThat(pinned.hasWidth(Map.of(0, 1.0), 0)).isTrue();
    }

    @Test
    void aChainWhoseFarCellsHaveNoTrueValueIsStillPinned() {
        // The first 50 cells of the chain know their true value, the last 150 not: the small programs are skipped, the group pins it.
        LinearAudit.Builder builder = LinearAudit.builder();
        int length = 200;
        for (int i = 0; i < length; i++) {
            builder.variable(0, 10, i < 50 ? 3 : Double.NaN);
        }
        for (int i = 0; i + 1 < length; i++) {
            builder.equal(Map.of(i, 1.0, i + 1, -1.0), 0);
        }
        LinearAudit pinned = builder.equal(Map.of(length - 1, 1.0), 3).build();
        assertThat(pinned.hasWidth(Map.of(0, 1.0), 1)).isFalse();
        assertThat(pinned.spans(Map.of(0, 1.0), 3, 3)).isTrue();
    }

    @Test
    void everyCellOfALargeTableWithPublishedMarginsHasTheWidthOfItsFrechetBounds() {
        // 20 x 20 cells of 0 to 3, margins published: a cell keeps [max(0, r + c - total), min(r, c)] and no more.
        int size = 20;
        java.util.SplittableRandom random = new java.util.SplittableRandom(77);
        LinearAudit.Builder builder = LinearAudit.builder();
        double[] rows = new double[size];
        double[] columns = new double[size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                int value = random.nextInt(4);
                builder.variable(0, Double.POSITIVE_INFINITY, value);
                rows[r] += value;
                columns[c] += value;
            }
        }
        double total = java.util.Arrays.stream(rows).sum();
        for (int r = 0; r < size; r++) {
            Map<Integer, Double> row = new TreeMap<>();
            Map<Integer, Double> column = new TreeMap<>();
            for (int c = 0; c < size; c++) {
                row.put(r * size + c, 1.0);
                column.put(c * size + r, 1.0);
            }
            builder.equal(row, rows[r]).equal(column, columns[r]);
        }
        LinearAudit audit = builder.build();
        for (int cell = 0; cell < size * size; cell += 37) {
            int r = cell / size;
            int c = cell % size;
            double width = Math.min(rows[r], columns[c]) - Math.max(0, rows[r] + columns[c] - total);
            assertThat(audit.hasWidth(Map.of(cell, 1.0), width)).as("cell %d", cell).isTrue();
            assertThat(audit.hasWidth(Map.of(cell, 1.0), width + 0.5)).as("cell %d", cell).isFalse();
            assertThat(audit.spans(Map.of(cell, 1.0), 0, Math.min(rows[r], columns[c]))).as("cell %d", cell).isTrue();
        }
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
        assertThatThrownBy(() -> builder.build().interval(Map.of())).isInstanceOf(IllegalArgumentException.class);
        int a = builder.variable(0, 10, 3);
        LinearAudit audit = builder.build();
        assertThatThrownBy(() -> audit.hasWidth(Map.of(), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> audit.hasWidth(Map.of(a, 1.0), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width must not be negative");
        assertThatThrownBy(() -> audit.hasWidth(Map.of(a, 1.0), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.spans(Map.of(a, 1.0), 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an interval");
        assertThatThrownBy(() -> audit.spans(Map.of(7, 1.0), 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no variable 7");
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
