package io.github.caeimpact.indicators.declared;

/**
 * How a per-year field is reduced to one value per person over the activity years overlapping the
 * period; years where the field is not recorded are left out, and a person with no recorded year
 * has no value.
 */
public enum YearsAggregate {
    /** The total over the years (the default). */
    SUM,
    /** The mean per year: the total divided by the number of years with a value. */
    MEAN,
    /** The smallest yearly value: "every year at least" reads {@code MIN} with {@code atLeast}. */
    MIN,
    /** The largest yearly value: "in at least one year" reads {@code MAX} with {@code atLeast}. */
    MAX
}
