package io.github.caeimpact.sroi.map;

/**
 * Whether an outcome adds value or takes it away. Quantities, proxies and published values stay
 * positive; the sign of an outcome's value comes from its direction alone.
 */
public enum Direction {
    /** A benefit: its value is added (the default). */
    POSITIVE,
    /**
     * A harm (stress, work displaced from other businesses, benefits lost): valued like a benefit,
     * deductions and drop-off shrinking its magnitude, then subtracted.
     */
    NEGATIVE;

    /**
     * Returns the sign this direction gives a value.
     *
     * @return 1 or −1
     */
    public int sign() {
        return this == NEGATIVE ? -1 : 1;
    }
}
