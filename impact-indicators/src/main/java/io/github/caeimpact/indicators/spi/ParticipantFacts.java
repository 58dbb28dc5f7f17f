package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The pathway facts of one participant that the calculators read, derived once in one loop over
 * the events: entry date, first event date, exit, the first event of each type and the follow-ups.
 *
 * <p>{@link #of(Participant)} keeps the facts of the last participant asked for on the calling
 * thread, so the 47 calculators and the breakdowns asking for the same participant in turn share
 * one derivation (a measurement hands each participant to every accumulator before the next one).
 * The facts are confined to the thread that asked for them; they are never shared across threads.
 * They also remember what each indicator observed of the participant, so the overall figure and
 * every breakdown category of one measurement share one observation (see the calculators'
 * {@code classify}, {@code observe} and {@code difference}).
 */
public final class ParticipantFacts {

    private static final EventType[] TYPES = EventType.values();
    private static final PathwayEvent[] NO_EVENTS = new PathwayEvent[0];

    /** The last participant's facts on each thread: one derivation per participant, not per calculator. */
    private static final ThreadLocal<ParticipantFacts> LAST = new ThreadLocal<>();

    private final Participant participant;
    private final PathwayEvent[] firstByType = new PathwayEvent[TYPES.length];
    private final PathwayEvent[] followUps;
    private final LocalDate entryDate;
    private final LocalDate firstEventDate;
    private Period yearsPeriod;
    private List<ActivityYear> years;
    /** Observations by measurement context (identity; open addressing, at most half full), taken over from the thread's previous facts. */
    private Object[] observedKeys;
    private Object[] observedValues;
    private int observedCount;

    /** Stands for an observation of null (outside the population), which the table cannot hold. */
    private static final Object OUTSIDE = new Object();

    private ParticipantFacts(Participant participant) {
        this.participant = participant;
        List<PathwayEvent> events = participant.pathway().events();
        LocalDate entry = null;
        LocalDate first = null;
        int followUpCount = 0;
        for (int i = 0, n = events.size(); i < n; i++) {
            PathwayEvent event = events.get(i);
            EventType type = event.type();
            LocalDate date = event.date();
            if (firstByType[type.ordinal()] == null) {
                firstByType[type.ordinal()] = event;
            }
            if ((type == EventType.CAPE_START || type == EventType.CESA_SIGNED) && date != null
                    && (entry == null || date.isBefore(entry))) {
                entry = date;
            }
            if (date != null && (first == null || date.isBefore(first))) {
                first = date;
            }
            if (type == EventType.FOLLOW_UP) {
                followUpCount++;
            }
        }
        this.entryDate = entry;
        this.firstEventDate = first;
        this.followUps = followUpCount == 0 ? NO_EVENTS : new PathwayEvent[followUpCount];
        for (int i = 0, n = events.size(), f = 0; i < n && f < followUpCount; i++) {
            if (events.get(i).type() == EventType.FOLLOW_UP) {
                followUps[f++] = events.get(i);
            }
        }
    }

    /**
     * Returns the facts of a participant, derived once per participant and calling thread.
     *
     * @param participant the participant, not null
     * @return the facts
     */
    public static ParticipantFacts of(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        ParticipantFacts last = LAST.get();
        if (last != null && last.participant == participant) {
            return last;
        }
        ParticipantFacts facts = new ParticipantFacts(participant);
        if (last != null && last.observedKeys != null) {
            // The previous participant is done with on this thread: reuse its table, emptied.
            facts.observedKeys = last.observedKeys;
            facts.observedValues = last.observedValues;
            Arrays.fill(facts.observedKeys, null);
            Arrays.fill(facts.observedValues, null);
            last.observedKeys = null;
            last.observedValues = null;
        }
        LAST.set(facts);
        return facts;
    }

    /**
     * Returns what an indicator observes of this participant in a measurement context, asking the
     * observer only the first time: the accumulators of one indicator in one measurement (overall
     * and in each breakdown category) share their context, so they share one observation.
     *
     * @param context the accumulator's measurement context, compared by identity
     * @param observer the calculator's observation, a function of the participant and context only
     * @return the observation, null when the participant is outside the population
     */
    @SuppressWarnings("unchecked")
    <T> T observed(MeasureContext context, BiFunction<Participant, MeasureContext, T> observer) {
        if (observedKeys == null) {
            observedKeys = new Object[128];
            observedValues = new Object[128];
        }
        int slot = slot(observedKeys, context);
        if (observedKeys[slot] == context) {
            Object value = observedValues[slot];
            return value == OUTSIDE ? null : (T) value;
        }
        T value = observer.apply(participant, context);
        observedKeys[slot] = context;
        observedValues[slot] = value == null ? OUTSIDE : value;
        if (++observedCount * 2 > observedKeys.length) {
            growObserved();
        }
        return value;
    }

    private void growObserved() {
        Object[] keys = observedKeys;
        Object[] values = observedValues;
        observedKeys = new Object[keys.length * 2];
        observedValues = new Object[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                int slot = slot(observedKeys, keys[i]);
                observedKeys[slot] = keys[i];
                observedValues[slot] = values[i];
            }
        }
    }

    /** The slot of a key in an identity table: where it is, or the free slot where it would go. */
    private static int slot(Object[] keys, Object key) {
        int mask = keys.length - 1;
        int slot = System.identityHashCode(key) & mask;
        while (keys[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Returns the participant these facts describe.
     *
     * @return the participant
     */
    public Participant participant() {
        return participant;
    }

    /**
     * Returns the entry date: the earliest CAPE start or CESA signature.
     *
     * @return the date, or null for someone who never signed a contract
     */
    public LocalDate entryDate() {
        return entryDate;
    }

    /**
     * Returns the earliest date of any event.
     *
     * @return the date, or null without events
     */
    public LocalDate firstEventDate() {
        return firstEventDate;
    }

    /**
     * Returns the first event of a type, in list order.
     *
     * @param type the type, not null
     * @return the event, or null if none
     */
    public PathwayEvent firstOf(EventType type) {
        return firstByType[type.ordinal()];
    }

    /**
     * Returns the exit: the first EXIT event.
     *
     * @return the exit, or null for someone who has not left
     */
    public PathwayEvent exit() {
        return firstByType[EventType.EXIT.ordinal()];
    }

    /**
     * Returns the activity years overlapping a period, in the participant's order; the last
     * period's answer is kept, so the calculators of one measurement share it.
     *
     * @param period the period, not null
     * @return the years, unmodifiable
     */
    public List<ActivityYear> yearsIn(Period period) {
        if (period.equals(yearsPeriod)) {
            return years;
        }
        List<ActivityYear> activity = participant.activity();
        List<ActivityYear> found = null;
        for (int i = 0, n = activity.size(); i < n; i++) {
            ActivityYear year = activity.get(i);
            // A calendar year overlaps the period when it starts on or before its end and ends on or after its start.
            if (year.year() >= period.start().getYear() && year.year() <= period.end().getYear()) {
                if (found == null) {
                    found = new ArrayList<>(n - i);
                }
                found.add(year);
            }
        }
        years = found == null ? List.of() : Collections.unmodifiableList(found);
        yearsPeriod = period;
        return years;
    }

    /**
     * Returns the number of follow-up events.
     *
     * @return the count
     */
    public int followUpCount() {
        return followUps.length;
    }

    /**
     * Returns a follow-up event, in list order.
     *
     * @param index the index, from 0 to {@link #followUpCount()} - 1
     * @return the follow-up
     */
    public PathwayEvent followUp(int index) {
        return followUps[index];
    }
}
