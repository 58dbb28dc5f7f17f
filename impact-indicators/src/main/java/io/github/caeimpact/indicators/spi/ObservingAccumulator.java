package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.Participant;
import java.math.BigDecimal;
import java.util.function.BiFunction;

/**
 * What the accumulators of observed values (sums, means, medians, paired changes) share: asking the
 * calculator for a person's observation, counting the missing ones, and checking what they merge.
 *
 * @param <A> the concrete accumulator, merged only with its own kind
 */
abstract class ObservingAccumulator<A extends ObservingAccumulator<A>> implements Accumulator {

    private final Class<A> kind;
    private final String what;
    final String indicatorId;
    final MeasureContext context;
    private final BiFunction<Participant, MeasureContext, Observation> observer;
    long missing;

    ObservingAccumulator(Class<A> kind, String what, String indicatorId, MeasureContext context,
            BiFunction<Participant, MeasureContext, Observation> observer) {
        this.kind = kind;
        this.what = what;
        this.indicatorId = indicatorId;
        this.context = context;
        this.observer = observer;
    }

    /** Takes one person's value. */
    abstract void accept(BigDecimal value);

    /** Takes another accumulator's state, already checked to be of the same indicator. */
    abstract void absorb(A other);

    @Override
    public final void add(Participant participant, MeasureContext ignored) {
        Observation observation = ParticipantFacts.of(participant).observed(context, observer);
        if (observation == null) {
            return;
        }
        if (observation.isMissing()) {
            missing++;
        } else {
            accept(observation.value());
        }
    }

    @Override
    public final Accumulator merge(Accumulator other) {
        if (!kind.isInstance(other)) {
            throw new IllegalArgumentException("cannot merge " + other.getClass().getName() + " into " + what + " of " + indicatorId);
        }
        A that = kind.cast(other);
        Results.requireSameIndicator(indicatorId, that.indicatorId);
        absorb(that);
        missing += that.missing;
        return this;
    }
}
