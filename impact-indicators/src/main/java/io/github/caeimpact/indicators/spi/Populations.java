package io.github.caeimpact.indicators.spi;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.Relationship;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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
        return participant.pathway().entryDate().map(period::contains).orElse(false);
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
        return participant.relationship() == Relationship.ENTREPRENEUR
                && participant.pathway().entryDate().map(d -> !d.isAfter(period.end())).orElse(false)
                && participant.pathway().exit().map(e -> !e.date().isBefore(period.start())).orElse(true);
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
        boolean started = participant.pathway().events().stream().map(PathwayEvent::date)
                .min(Comparator.naturalOrder()).map(d -> !d.isAfter(period.end())).orElse(true);
        return started && participant.pathway().exit().map(e -> !e.date().isBefore(period.start())).orElse(true);
    }

    /**
     * Returns the activity years overlapping the period.
     *
     * @param participant the participant
     * @param period the period
     * @return the years, in the participant's order
     */
    public static List<ActivityYear> yearsIn(Participant participant, Period period) {
        return participant.activity().stream().filter(y -> Period.ofYear(y.year()).overlaps(period)).toList();
    }

    /**
     * Returns the exit event if it is dated in the period.
     *
     * @param participant the participant
     * @param period the period
     * @return the exit, or empty for someone who did not leave in the period
     */
    public static Optional<PathwayEvent> exitIn(Participant participant, Period period) {
        return participant.pathway().exit().filter(e -> period.contains(e.date()));
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
        return participant.pathway().all(EventType.FOLLOW_UP).stream()
                .filter(f -> !f.date().isBefore(exit.date()) && !f.date().isAfter(limit) && f.outcome() != null)
                .max(Comparator.comparing(PathwayEvent::date))
                .map(PathwayEvent::outcome)
                .orElse(exit.outcome() == null ? ExitOutcome.UNKNOWN : exit.outcome());
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
        return participant.pathway().all(EventType.FOLLOW_UP).stream()
                .filter(f -> !f.date().isBefore(from) && !f.date().isAfter(to))
                .min(Comparator.comparingLong((PathwayEvent f) -> Math.abs(ChronoUnit.DAYS.between(target, f.date())))
                        .thenComparing(PathwayEvent::date));
    }

    /**
     * Returns the date the participant's age band is taken at: entry, else the reference date.
     *
     * @param participant the participant
     * @param referenceDate the reference date
     * @return the date
     */
    public static LocalDate ageDate(Participant participant, LocalDate referenceDate) {
        return participant.pathway().entryDate().orElse(referenceDate);
    }
}
