package io.github.caeimpact.indicators.disclosure;

/**
 * Why a cell of a published table is masked. A reason tells the reader something about the cell
 * (a cell masked below the threshold counts 0 to k - 1 people; a complementary cell passed every
 * primary rule): the audit ({@link LinearAudit}) counts that knowledge as published.
 */
public enum MaskReason {
    /** The cell counts fewer than k people (primary suppression). */
    BELOW_THRESHOLD,
    /** The cell counts k people or more, but fewer than k of them have the attribute its share counts (primary suppression). */
    NUMERATOR_BELOW_THRESHOLD,
    /**
     * The cell counts k people or more and k or more have the attribute, but fewer than k do not
     * (n - numerator below k), so that the share would reveal the few without it (primary suppression).
     */
    COMPLEMENT_BELOW_THRESHOLD,
    /**
     * A sum of money (or another magnitude) dominated by one or two people: the p % rule fails
     * (primary suppression; see {@link DominanceRule}).
     */
    DOMINANCE,
    /** The cell is masked so that another masked cell cannot be recovered from the published figures (complementary suppression). */
    COMPLEMENTARY,
    /**
     * The whole breakdown is suppressed because the indicator's overall population (people counted
     * plus people missing) is below k.
     */
    OVERALL_BELOW_THRESHOLD,
    /**
     * Withheld because the audit found that complementary suppression could not keep a masked cell
     * of it within its protection interval: the cell (or the whole breakdown) is not published.
     */
    AUDIT;

    /**
     * Tells whether the reason is a primary one: the cell itself is sensitive and its protection is audited.
     *
     * @return true for the threshold, numerator, complement and dominance rules
     */
    public boolean isPrimary() {
        return this == BELOW_THRESHOLD || this == NUMERATOR_BELOW_THRESHOLD || this == COMPLEMENT_BELOW_THRESHOLD || this == DOMINANCE;
    }
}
