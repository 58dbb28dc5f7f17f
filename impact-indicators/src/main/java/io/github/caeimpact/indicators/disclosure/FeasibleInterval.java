package io.github.caeimpact.indicators.disclosure;

/**
 * The values a masked figure can take given everything published with it: the smallest and the
 * largest value of the figure over all solutions of the published equations (see {@link LinearAudit}).
 *
 * @param lower the smallest feasible value, {@link Double#NEGATIVE_INFINITY} when unbounded below
 * @param upper the largest feasible value, {@link Double#POSITIVE_INFINITY} when unbounded above
 */
public record FeasibleInterval(double lower, double upper) {

    /**
     * Checks the bounds.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @throws IllegalArgumentException if a bound is NaN or lower exceeds upper
     */
    public FeasibleInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Returns the width of the interval.
     *
     * @return upper - lower, possibly infinite
     */
    public double width() {
        return upper - lower;
    }
}
