package io.github.caeimpact.indicators.disclosure;

/** Why a cell of a published table is masked. */
public enum MaskReason {
    /** The cell counts fewer than k people (primary suppression). */
    BELOW_THRESHOLD,
    /** The cell is masked so that another masked cell cannot be recovered by subtraction (complementary suppression). */
    COMPLEMENTARY
}
