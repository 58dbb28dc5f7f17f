package io.github.caeimpact.sroi.map;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The rate of one period of a discounting scheme as a formula over the scheme's parameters, such as
 * {@code 0.012 + 0.02 × beta}: written once, evaluated exactly ({@code BigDecimal}) for the audit
 * trail and in {@code double} for simulation, so that both paths share one definition.
 *
 * <p>A formula names a scheme's parameters by their position in
 * {@link Discounting#parameters()}; the caller passes where each sits in its own vector. Formulas
 * are immutable and thread-safe; evaluating one in {@code double} allocates nothing.
 */
public abstract sealed class RateFormula {

    private RateFormula() {
    }

    /**
     * Returns a constant rate.
     *
     * @param value the value, such as {@code "0.035"}
     * @return the formula
     * @throws NumberFormatException if the text is not a number
     */
    public static RateFormula constant(String value) {
        return new Constant(new BigDecimal(Objects.requireNonNull(value, "value")));
    }

    /**
     * Returns a formula that is one parameter of the scheme.
     *
     * @param position the parameter's position in {@link Discounting#parameters()}, from 0
     * @param name the parameter's name, for the formula text
     * @return the formula
     */
    public static RateFormula parameter(int position, String name) {
        return new Parameter(position, Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns this formula plus another.
     *
     * @param other the other term
     * @return {@code this + other}
     */
    public RateFormula plus(RateFormula other) {
        return new Sum(this, Objects.requireNonNull(other, "other"));
    }

    /**
     * Returns this formula times another.
     *
     * @param other the other factor
     * @return {@code this × other}
     */
    public RateFormula times(RateFormula other) {
        return new Product(this, Objects.requireNonNull(other, "other"));
    }

    /**
     * Evaluates the formula exactly.
     *
     * @param values a vector holding the scheme's parameters
     * @param positions where each parameter of the scheme sits in {@code values}, in the order of
     *     {@link Discounting#parameters()}
     * @param math the precision of products
     * @return the rate as a fraction
     */
    public abstract BigDecimal evaluate(BigDecimal[] values, int[] positions, MathContext math);

    /**
     * Evaluates the formula in {@code double}.
     *
     * @param values a vector holding the scheme's parameters
     * @param positions where each parameter of the scheme sits in {@code values}
     * @return the rate as a fraction
     */
    public abstract double evaluate(double[] values, int[] positions);

    /**
     * Tells whether the formula has no parameter, so that its value can be computed once.
     *
     * @return true for a constant formula
     */
    public abstract boolean isConstant();

    /** Returns the formula in words, such as {@code 0.012 + 0.02 × beta}. */
    @Override
    public abstract String toString();

    private static final class Constant extends RateFormula {
        private final BigDecimal value;
        private final double approximation;

        Constant(BigDecimal value) {
            this.value = value;
            this.approximation = value.doubleValue();
        }

        @Override
        public BigDecimal evaluate(BigDecimal[] values, int[] positions, MathContext math) {
            return value;
        }

        @Override
        public double evaluate(double[] values, int[] positions) {
            return approximation;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    private static final class Parameter extends RateFormula {
        private final int position;
        private final String name;

        Parameter(int position, String name) {
            this.position = position;
            this.name = name;
        }

        @Override
        public BigDecimal evaluate(BigDecimal[] values, int[] positions, MathContext math) {
            return values[positions[position]];
        }

        @Override
        public double evaluate(double[] values, int[] positions) {
            return values[positions[position]];
        }

        @Override
        public boolean isConstant() {
            return false;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final class Sum extends RateFormula {
        private final RateFormula left;
        private final RateFormula right;

        Sum(RateFormula left, RateFormula right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public BigDecimal evaluate(BigDecimal[] values, int[] positions, MathContext math) {
            return left.evaluate(values, positions, math).add(right.evaluate(values, positions, math), math);
        }

        @Override
        public double evaluate(double[] values, int[] positions) {
            return left.evaluate(values, positions) + right.evaluate(values, positions);
        }

        @Override
        public boolean isConstant() {
            return left.isConstant() && right.isConstant();
        }

        @Override
        public String toString() {
            return left + " + " + right;
        }
    }

    private static final class Product extends RateFormula {
        private final RateFormula left;
        private final RateFormula right;

        Product(RateFormula left, RateFormula right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public BigDecimal evaluate(BigDecimal[] values, int[] positions, MathContext math) {
            return left.evaluate(values, positions, math).multiply(right.evaluate(values, positions, math), math);
        }

        @Override
        public double evaluate(double[] values, int[] positions) {
            return left.evaluate(values, positions) * right.evaluate(values, positions);
        }

        @Override
        public boolean isConstant() {
            return left.isConstant() && right.isConstant();
        }

        @Override
        public String toString() {
            return (left instanceof Sum ? "(" + left + ")" : left.toString()) + " × "
                    + (right instanceof Sum ? "(" + right + ")" : right.toString());
        }
    }
}
