package io.github.caeimpact.model;

import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One dated step of a pathway.
 *
 * @param type what happened
 * @param date the day it happened
 * @param outcome the situation of the participant; present for {@link EventType#EXIT} and
 *     {@link EventType#FOLLOW_UP}, null otherwise
 */
public record PathwayEvent(@NotNull EventType type, @NotNull @SupportedDate LocalDate date, ExitOutcome outcome) {

    /**
     * Returns an event without an outcome.
     *
     * @param type what happened
     * @param date the day it happened
     * @return the event
     */
    public static PathwayEvent of(EventType type, LocalDate date) {
        return new PathwayEvent(type, date, null);
    }

    /**
     * Returns an event with an outcome, for {@link EventType#EXIT} and {@link EventType#FOLLOW_UP}.
     *
     * @param type what happened
     * @param date the day it happened
     * @param outcome the situation of the participant
     * @return the event
     */
    public static PathwayEvent of(EventType type, LocalDate date, ExitOutcome outcome) {
        return new PathwayEvent(type, date, outcome);
    }
}
