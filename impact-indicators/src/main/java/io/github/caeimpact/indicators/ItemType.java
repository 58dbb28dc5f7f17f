package io.github.caeimpact.indicators;

/** The answer type of a survey item, matching the model's answer types. */
public enum ItemType {
    /** A Likert answer, an integer from 1 to the item's scale. */
    LIKERT,
    /** A yes/no answer, coded 1 for yes and 0 for no. */
    YES_NO,
    /** A number, in the item's unit. */
    NUMBER
}
