package io.github.caeimpact.indicators.disclosure;

import java.util.Objects;

/**
 * The p % rule for magnitude cells (sums and means of turnover, pay, contributions): a cell is
 * sensitive when the second largest contributor could estimate the largest contribution to within
 * p % of it, that is when {@code X - x1 - x2 < p/100 * x1}, with X the cell's total and x1 ≥ x2 the
 * two largest contributions (Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley 2012,
 * §4.2.2, "the p% rule"). Contributions are taken in absolute value, so that changes (which can be
 * negative) are judged by how much each person moves the total.
 *
 * <p>The protection a sensitive cell needs (§4.2.2, §4.3): the values an attacker can give the
 * cell from everything published must reach at least {@code p/100 * x1 - (X - x1 - x2)} above and
 * below its true total. A magnitude cell masked because it counts fewer than k people needs
 * {@code p/100 * x1} on each side.
 *
 * @param percent p, in percent: the precision (relative to the largest contribution) an
 *     attacker must not reach; in (0, 100]. 10 by default, a value commonly used by statistical offices.
 */
public record DominanceRule(double percent) {

    /** The default p, 10 %. */
    public static final double DEFAULT_PERCENT = 10.0;

    /**
     * Checks p.
     *
     * @param percent p in percent
     * @throws IllegalArgumentException if p is not in (0, 100]
     */
    public DominanceRule {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("the dominance parameter p must be in (0, 100] percent, was " + percent);
        }
    }

    /**
     * Returns the rule with a parameter.
     *
     * @param percent p in percent, in (0, 100]
     * @return the rule
     */
    public static DominanceRule of(double percent) {
        return new DominanceRule(percent);
    }

    /**
     * Tells whether a cell of these contributions is sensitive.
     *
     * @param contributions each person's contribution to the cell
     * @return true if the rest after the two largest is under p % of the largest
     */
    public boolean isSensitive(double[] contributions) {
        return protection(contributions) > 0;
    }

    /**
     * Returns the protection a sensitive cell needs on each side of its total.
     *
     * @param contributions each person's contribution to the cell
     * @return {@code p/100 * x1 - (X - x1 - x2)} in the unit of the contributions; 0 or less when the cell is not sensitive
     */
    public double protection(double[] contributions) {
        Objects.requireNonNull(contributions, "contributions");
        double first = 0;
        double second = 0;
        double total = 0;
        for (double contribution : contributions) {
            double size = Math.abs(contribution);
            total += size;
            if (size > first) {
                second = first;
                first = size;
            } else if (size > second) {
                second = size;
            }
        }
        if (first == 0) {
            return 0;
        }
        return percent / 100 * first - (total - first - second);
    }

    /**
     * Returns the protection of a magnitude cell masked because it counts fewer than k people.
     *
     * @param contributions each person's contribution
     * @return {@code p/100 * x1}
     */
    public double thresholdProtection(double[] contributions) {
        double first = 0;
        for (double contribution : Objects.requireNonNull(contributions, "contributions")) {
            first = Math.max(first, Math.abs(contribution));
        }
        return percent / 100 * first;
    }
}
