package io.github.caeimpact.indicators.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    private static final long SEED = 20_261_202_0425L;
    private static final int CASES = 2_000;

    /** Mostly cents and whole units, sometimes values near the long limits, finer scales, negative scales. */
    private static BigDecimal value(SplittableRandom random) {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(4));
            case 1 -> BigDecimal.valueOf(random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(1000) : Long.MIN_VALUE + random.nextInt(1000), 2);
            case 2 -> new BigDecimal(new BigInteger(80, new java.util.Random(random.nextLong())), random.nextInt(25));
            case 3 -> BigDecimal.valueOf(random.nextInt(1000), -random.nextInt(3));
            case 4 -> BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), 4);
            default -> BigDecimal.valueOf(random.nextLong(-100_000_000L, 100_000_000L), random.nextInt(3));
        };
    }

    @Test
    void sumEqualsTheBigDecimalSumDigitForDigitAndScaleWhateverTheSplit() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int c = 0; c < CASES; c++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                values.add(value(random));
            }
            BigDecimal expected = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            ExactSum whole = new ExactSum();
            values.forEach(whole::add);
            int cut = values.isEmpty() ? 0 : random.nextInt(values.size() + 1);
            ExactSum left = new ExactSum();
            ExactSum right = new ExactSum();
            values.subList(0, cut).forEach(left::add);
            values.subList(cut, values.size()).forEach(right::add);
            right.merge(left);
            String why = "seed " + SEED + " case " + c + " values " + values + " cut " + cut;
            assertThat(whole.total()).as(why).isEqualTo(expected);
            assertThat(whole.total().scale()).as(why).isEqualTo(expected.scale());
            assertThat(right.total()).as(why).isEqualTo(expected);
        }
    }

    @Test
    void overflowMovesToTheSpillInsteadOfWrapping() {
        ExactSum sum = new ExactSum();
        sum.add(BigDecimal.valueOf(Long.MAX_VALUE));
        sum.add(BigDecimal.ONE);
        sum.add(new BigDecimal("0.01"));
        assertThat(sum.total()).isEqualTo(new BigDecimal("9223372036854775808.01"));
    }

    @Test
    void momentsMatchTheBigDecimalSumsOfValuesAndSquares() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int c = 0; c < CASES; c++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 2 + random.nextInt(30); i > 0; i--) {
                values.add(value(random));
            }
            ExactMoments moments = new ExactMoments();
            values.forEach(moments::add);
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal squares = values.stream().map(v -> v.multiply(v)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal n = BigDecimal.valueOf(values.size());
            double variance = squares.subtract(sum.multiply(sum).divide(n, Results.PRECISION))
                    .divide(BigDecimal.valueOf(values.size() - 1L), Results.PRECISION).max(BigDecimal.ZERO).doubleValue();
            String why = "seed " + (SEED + 1) + " case " + c + " values " + values;
            assertThat(moments.sum()).as(why).isEqualTo(sum);
            assertThat(moments.variance()).as(why).isEqualTo(variance);
        }
    }
}
