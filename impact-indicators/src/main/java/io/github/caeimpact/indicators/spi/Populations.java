package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.Relationship;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The populations the catalogue's definitions name, in one place so every calculator agrees. */
public final class Populations {

    /** Days after an exit within which a follow-up still counts as the situation upon leaving (ESF+: 4 weeks). */
    public static final int UPON_LEAVING_DAYS = 28;

    private Populations() {
    }

    /**
     * Tells whether a participant entered (first CAPE start or CESA signature) in the period.
     *
     * @param participant the participant
     * @param period the period
     * @return true for an entrant
     */
    public static boolean isEntrant(Participant participant, Period period) {
        LocalDate entry = ParticipantFacts.of(participant).entryDate();
        return entry != null && period.contains(entry);
    }

    /**
     * Tells whether a participant is an entrepreneur present in the period: relationship
     * ENTREPRENEUR, entered on or before the period end, not left before the period start.
     *
     * @param participant the participant
     * @param period the period
     * @return true if present
     */
    public static boolean isEntrepreneurInPeriod(Participant participant, Period period) {
        if (participant.relationship() != Relationship.ENTREPRENEUR) {
            return false;
        }
        ParticipantFacts facts = ParticipantFacts.of(participant);
        LocalDate entry = facts.entryDate();
        return entry != null && !entry.isAfter(period.end()) && notLeftBefore(facts, period.start());
    }

    /**
     * Tells whether a participant of any relationship is present in the period: first event on or
     * before the period end (or no events at all) and not left before the period start.
     *
     * @param participant the participant
     * @param period the period
     * @return true if present
     */
    public static boolean isPresentInPeriod(Participant participant, Period period) {
        ParticipantFacts facts = ParticipantFacts.of(participant);
        LocalDate first = facts.firstEventDate();
        return (first == null || !first.isAfter(period.end())) && notLeftBefore(facts, period.start());
    }

    /**
     * Tells whether a participant has not left on or before a date: no exit, or an exit after it.
     *
     * @param participant the participant
     * @param date the date
     * @return true if still there the day after {@code date}
     */
    public static boolean exitAfter(Participant participant, LocalDate date) {
        PathwayEvent exit = ParticipantFacts.of(participant).exit();
        return exit == null || exit.date().isAfter(date);
    }

    /**
     * Tells whether a participant has an event of a type dated in the period.
     *
     * @param participant the participant
     * @param type the event type
     * @param period the period
     * @return true if one such event is in the period
     */
    public static boolean hasEventIn(Participant participant, EventType type, Period period) {
        List<PathwayEvent> events = participant.pathway().events();
        for (int i = 0, n = events.size(); i < n; i++) {
            PathwayEvent event = events.get(i);
            if (event.type() == type && period.contains(event.date())) {
                return true;
            }
        }
        return false;
    }

    private static boolean notLeftBefore(ParticipantFacts facts, LocalDate date) {
        PathwayEvent exit = facts.exit();
        return exit == null || !exit.date().isBefore(date);
    }

    /**
     * Returns the activity years overlapping the period.
     *
     * @param participant the participant
     * @param period the period
     * @return the years, in the participant's order
     */
    public static List<ActivityYear> yearsIn(Participant participant, Period period) {
        return ParticipantFacts.of(participant).yearsIn(period);
    }

    /**
     * Returns the exit event if it is dated in the period.
     *
     * @param participant the participant
     * @param period the period
     * @return the exit, or empty for someone who did not leave in the period
     */
    public static Optional<PathwayEvent> exitIn(Participant participant, Period period) {
        PathwayEvent exit = ParticipantFacts.of(participant).exit();
        return exit != null && period.contains(exit.date()) ? Optional.of(exit) : Optional.empty();
    }

    /**
     * Returns the situation upon leaving: the exit outcome, replaced by the latest follow-up dated
     * within {@value #UPON_LEAVING_DAYS} days after the exit.
     *
     * @param exit the exit event
     * @param participant the participant
     * @return the outcome upon leaving
     */
    public static ExitOutcome uponLeaving(PathwayEvent exit, Participant participant) {
        LocalDate limit = exit.date().plusDays(UPON_LEAVING_DAYS);
        ParticipantFacts facts = ParticipantFacts.of(participant);
        PathwayEvent latest = null;
        for (int i = 0, n = facts.followUpCount(); i < n; i++) {
            PathwayEvent f = facts.followUp(i);
            // The earlier in list order on a tie of dates.
            if (!f.date().isBefore(exit.date()) && !f.date().isAfter(limit) && f.outcome() != null
                    && (latest == null || f.date().isAfter(latest.date()))) {
                latest = f;
            }
        }
        if (latest != null) {
            return latest.outcome();
        }
        return exit.outcome() == null ? ExitOutcome.UNKNOWN : exit.outcome();
    }

    /**
     * Tells whether the 6-month point after an exit (exit + 6 months) is on or before the reference date.
     *
     * @param exit the exit event
     * @param referenceDate the reference date
     * @return true if the 6-month follow-up can have happened
     */
    public static boolean sixMonthsObservable(PathwayEvent exit, LocalDate referenceDate) {
        return !exit.date().plusMonths(6).isAfter(referenceDate);
    }

    /**
     * Returns the 6-month follow-up outcome: the follow-up dated 5 to 8 months after the exit that
     * is closest to exit + 6 months (the earlier on a tie), if its outcome is known.
     *
     * @param exit the exit event
     * @param participant the participant
     * @return the outcome at 6 months, or empty when not reached
     */
    public static Optional<ExitOutcome> atSixMonths(PathwayEvent exit, Participant participant) {
        return sixMonthFollowUp(exit, participant).map(PathwayEvent::outcome)
                .filter(outcome -> outcome != null && outcome != ExitOutcome.UNKNOWN);
    }

    /**
     * Returns the date of the 6-month follow-up used by {@link #atSixMonths}.
     *
     * @param exit the exit event
     * @param participant the participant
     * @return the follow-up date, or empty when there is none in the window
     */
    public static Optional<LocalDate> sixMonthDate(PathwayEvent exit, Participant participant) {
        return sixMonthFollowUp(exit, participant).map(PathwayEvent::date);
    }

    /**
     * The 6-month follow-up, defined once: dated 5 to 8 months after the exit, the closest to exit
     * + 6 months, the earlier on a tie.
     */
    private static Optional<PathwayEvent> sixMonthFollowUp(PathwayEvent exit, Participant participant) {
        LocalDate from = exit.date().plusMonths(5);
        LocalDate to = exit.date().plusMonths(8);
        LocalDate target = exit.date().plusMonths(6);
        ParticipantFacts facts = ParticipantFacts.of(participant);
        PathwayEvent closest = null;
        long closestDistance = Long.MAX_VALUE;
        for (int i = 0, n = facts.followUpCount(); i < n; i++) {
            PathwayEvent f = facts.followUp(i);
            if (f.date().isBefore(from) || f.date().isAfter(to)) {
                continue;
            }
            long distance = Math.abs(f.date().toEpochDay() - target.toEpochDay());
            // Closest first, then the earlier date, then the earlier in list order.
            if (closest == null || distance < closestDistance || distance == closestDistance && f.date().isBefore(closest.date())) {
                closest = f;
                closestDistance = distance;
            }
        }
        return Optional.ofNullable(closest);
    }

    /**
     * Returns the date the participant's age band is taken at: entry, else the reference date.
     *
     * @param participant the participant
     * @param referenceDate the reference date
     * @return the date
     */
    public static LocalDate ageDate(Participant participant, LocalDate referenceDate) {
        LocalDate entry = ParticipantFacts.of(participant).entryDate();
        return entry == null ? referenceDate : entry;
    }
}
