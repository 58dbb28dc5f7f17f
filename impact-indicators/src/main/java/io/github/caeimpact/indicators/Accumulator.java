package io.github.caeimpact.indicators;

import io.github.caeimpact.model.Participant;

/**
 * The running state of one indicator over the participants seen so far.
 *
 * <p>Accumulators keep aggregates, not participants, so a dataset can be measured as a stream; the
 * ones that need values (medians, paired changes) keep one compact primitive per person counted.
 * {@link #merge(Accumulator)} is associative and order-insensitive: measuring parts of a dataset
 * and merging gives the same result as measuring the whole. Not thread-safe; use one per thread and merge.
 */
public interface Accumulator {

    /**
     * Adds one participant; participants outside the indicator's population are ignored.
     *
     * @param participant the participant
     * @param context the measurement context the accumulator was created with
     */
    void add(Participant participant, MeasureContext context);

    /**
     * Absorbs another accumulator of the same indicator.
     *
     * @param other an accumulator created by the same calculator; left unchanged
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulator is of another indicator or kind
     */
    Accumulator merge(Accumulator other);

    /**
     * Returns the result over the participants added so far.
     *
     * @return the result
     */
    IndicatorResult result();

    /**
     * Returns how many per-person values this accumulator keeps: 0 for the aggregates (counts,
     * sums, means, proportions), one per person counted for medians and paired changes (which need
     * the values; repeats may be stored once with their count); never participants. Lets callers
     * check what is kept structurally.
     *
     * @return the number of values kept, 0 by default
     */
    default long retainedValues() {
        return 0;
    }
}
