package io.github.caeimpact.indicators.disclosure;

/** Why a cell of a published table is masked. */
public enum MaskReason {
    /** The cell concerns fewer than k people (primary suppression). */
    BELOW_THRESHOLD,
    /** The cell is masked so that another masked cell cannot be recovered by subtraction (complementary suppression). */
    COMPLEMENTARY,
    /**
     * The whole breakdown is suppressed, categories included, because the indicator's overall
     * population (people counted plus people missing) is below k: with so few people, even which
     * categories occur would describe them.
     */
    OVERALL_BELOW_THRESHOLD
}
