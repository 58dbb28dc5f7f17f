package io.github.caeimpact.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated steps of a participant's pathway (parcours), sorted by date in valid data.
 *
 * @param events the events, in date order; empty if none
 */
public record Pathway(List<@NotNull @Valid PathwayEvent> events) {

    /**
     * Copies the list; a missing list is empty.
     *
     * @param events the events, null for none
     * @throws NullPointerException if the list holds a null element
     */
    public Pathway {
        events = Lists.copyOf(events, "events");
    }

    /**
     * Returns a pathway of the given events.
     *
     * @param events the events, in date order
     * @return the pathway
     */
    public static Pathway of(PathwayEvent... events) {
        return new Pathway(List.of(events));
    }

    /**
     * Returns the day the participant entered: the earliest {@link EventType#CAPE_START} or
     * {@link EventType#CESA_SIGNED}.
     *
     * @return the entry day, or empty if the participant never signed a contract
     */
    public Optional<LocalDate> entryDate() {
        return events.stream()
                .filter(e -> e.type() == EventType.CAPE_START || e.type() == EventType.CESA_SIGNED)
                .map(PathwayEvent::date)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo);
    }

    /**
     * Returns the first event of a type, in list order.
     *
     * @param type the type sought
     * @return the event, or empty if none
     */
    public Optional<PathwayEvent> firstOf(EventType type) {
        Objects.requireNonNull(type, "type");
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    /**
     * Returns every event of a type, in list order.
     *
     * @param type the type sought
     * @return the events, possibly empty
     */
    public List<PathwayEvent> all(EventType type) {
        Objects.requireNonNull(type, "type");
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * Returns the exit event.
     *
     * @return the first {@link EventType#EXIT}, or empty if the participant has not left
     */
    public Optional<PathwayEvent> exit() {
        return firstOf(EventType.EXIT);
    }

    /**
     * Tells whether the participant had entered on or before a day.
     *
     * @param date the day, not null
     * @return true if the entry day is on or before {@code date}
     */
    public boolean hasEnteredBy(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return entryDate().map(entry -> !entry.isAfter(date)).orElse(false);
    }

    /**
     * Tells whether the participant was in the organisation on a day: entered on or before it and
     * not left before it (the day of the exit still counts).
     *
     * @param date the day, not null
     * @return true if active on {@code date}
     */
    public boolean isActiveOn(LocalDate date) {
        return hasEnteredBy(date) && exit().map(e -> !e.date().isBefore(date)).orElse(true);
    }
}
