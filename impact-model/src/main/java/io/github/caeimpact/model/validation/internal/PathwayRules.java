package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The cross-field rules of a pathway: event order, CAPE length, outcomes, follow-up timing and the
 * associate deadline. Events with a null type or date are skipped: the field constraints report
 * them; so are events dated outside the supported range
 * ({@link io.github.caeimpact.model.validation.SupportedDate}), on which no arithmetic is done.
 */
public final class PathwayRules {

    /** Longest CAPE, in months: 12, renewed twice (Code de commerce L127-1). */
    public static final int MAX_CAPE_MONTHS = 36;
    /** Most CAPE renewals (Code de commerce L127-1). */
    public static final int MAX_CAPE_RENEWALS = 2;
    /** Months after the CESA, net of CAPE time, within which to become an associate (L7331-3). */
    public static final int ASSOCIATE_DEADLINE_MONTHS = 36;
    /** Earliest follow-up, in months after the exit. */
    public static final int FOLLOW_UP_MIN_MONTHS = 5;
    /** Latest follow-up, in months after the exit. */
    public static final int FOLLOW_UP_MAX_MONTHS = 8;

    private PathwayRules() {
    }

    /**
     * Checks a pathway.
     *
     * @param events the events, in the order given
     * @param referenceDate the dataset's reference date, null if unknown
     * @param path the JSON path of the events list, such as {@code $.participants[3].pathway.events}
     * @param problems where to add the problems found
     */
    public static void check(List<PathwayEvent> events, LocalDate referenceDate, String path, List<Problem> problems) {
        if (referenceDate != null && !SupportedDateValidator.isSupported(referenceDate)) {
            // Reported by the field constraints of the dataset; the rules needing it are skipped.
            check(events, null, path, problems);
            return;
        }
        LocalDate previous = null;
        boolean capeOpen = false;
        boolean cesa = false;
        PathwayEvent exit = null;
        LocalDate capeStart = null;
        long capeDays = 0;
        long capeDaysBeforeCesa = -1;
        LocalDate firstCapeStart = null;
        int renewals = 0;
        LocalDate cesaDate = null;
        LocalDate associateDate = null;
        for (int i = 0; i < events.size(); i++) {
            PathwayEvent event = events.get(i);
            String at = path + "[" + i + "]";
            EventType type = event.type();
            LocalDate date = event.date();
            if (type == null || date == null || !SupportedDateValidator.isSupported(date)) {
                // Out-of-range dates are reported by the field constraints; no arithmetic on them.
                continue;
            }
            if (previous != null && date.isBefore(previous)) {
                problems.add(Problem.error(at + ".date", RuleCodes.PATHWAY_DATE_ORDER,
                        "event " + type + " on " + date + " comes after an event on " + previous
                                + "; events must be in date order"));
            }
            previous = previous == null || date.isAfter(previous) ? date : previous;
            if (referenceDate != null && date.isAfter(referenceDate)) {
                problems.add(Problem.error(at + ".date", RuleCodes.DATE_AFTER_REFERENCE,
                        "event " + type + " on " + date + " is after the reference date " + referenceDate));
            }
            boolean needsOutcome = type == EventType.EXIT || type == EventType.FOLLOW_UP;
            if (needsOutcome && event.outcome() == null) {
                problems.add(Problem.error(at + ".outcome", RuleCodes.EVENT_OUTCOME_MISSING,
                        "an event " + type + " must have an outcome"));
            } else if (!needsOutcome && event.outcome() != null) {
                problems.add(Problem.error(at + ".outcome", RuleCodes.EVENT_OUTCOME_UNEXPECTED,
                        "only EXIT and FOLLOW_UP have an outcome, not " + type));
            }
            if (exit != null && type != EventType.FOLLOW_UP) {
                problems.add(Problem.error(at + ".type", RuleCodes.PATHWAY_AFTER_EXIT,
                        "event " + type + " comes after the EXIT of " + exit.date()
                                + "; only FOLLOW_UP may follow an exit"));
            }
            switch (type) {
                case CAPE_START -> {
                    if (capeOpen) {
                        problems.add(Problem.error(at + ".type", RuleCodes.PATHWAY_CAPE_ORDER,
                                "CAPE_START while a CAPE started on " + capeStart + " is still open"));
                        capeDays += ChronoUnit.DAYS.between(capeStart, date);
                    }
                    capeOpen = true;
                    capeStart = date;
                    firstCapeStart = firstCapeStart == null ? date : firstCapeStart;
                }
                case CAPE_RENEWAL -> {
                    if (!capeOpen) {
                        problems.add(Problem.error(at + ".type", RuleCodes.PATHWAY_CAPE_ORDER,
                                "CAPE_RENEWAL without an open CAPE started before it"));
                    }
                    renewals++;
                    if (renewals == MAX_CAPE_RENEWALS + 1) {
                        problems.add(Problem.error(at + ".type", RuleCodes.CAPE_TOO_MANY_RENEWALS,
                                "a CAPE may be renewed at most " + MAX_CAPE_RENEWALS
                                        + " times (Code de commerce L127-1)"));
                    }
                }
                case CAPE_END -> {
                    if (!capeOpen) {
                        problems.add(Problem.error(at + ".type", RuleCodes.PATHWAY_CAPE_ORDER,
                                "CAPE_END without an open CAPE started before it"));
                    } else {
                        capeDays += ChronoUnit.DAYS.between(capeStart, date);
                        capeOpen = false;
                    }
                }
                case CESA_SIGNED -> {
                    if (capeOpen) {
                        // Signing the CESA ends the test phase.
                        capeDays += ChronoUnit.DAYS.between(capeStart, date);
                        capeOpen = false;
                    }
                    if (!cesa) {
                        cesa = true;
                        cesaDate = date;
                        capeDaysBeforeCesa = capeDays;
                    }
                }
                case BECAME_ASSOCIATE -> {
                    if (!cesa) {
                        problems.add(Problem.error(at + ".type", RuleCodes.PATHWAY_ASSOCIATE_ORDER,
                                "BECAME_ASSOCIATE without a CESA_SIGNED before it"));
                    } else if (associateDate == null) {
                        associateDate = date;
                        associateDeadline(cesaDate, capeDaysBeforeCesa, date, at + ".date", true, problems);
                    }
                }
                case EXIT -> {
                    if (capeOpen) {
                        capeDays += ChronoUnit.DAYS.between(capeStart, date);
                        capeOpen = false;
                    }
                    exit = exit == null ? event : exit;
                }
                case FOLLOW_UP -> {
                    if (exit == null) {
                        problems.add(Problem.error(at + ".type", RuleCodes.PATHWAY_FOLLOW_UP_WITHOUT_EXIT,
                                "FOLLOW_UP without an EXIT before it"));
                    } else {
                        followUpTiming(exit.date(), date, at + ".date", problems);
                    }
                }
                default -> {
                    // INFORMATION and INTAKE carry no rule of their own.
                }
            }
        }
        if (capeOpen && referenceDate != null && referenceDate.isAfter(capeStart)) {
            capeDays += ChronoUnit.DAYS.between(capeStart, referenceDate);
        }
        if (firstCapeStart != null) {
            long limit = ChronoUnit.DAYS.between(firstCapeStart, firstCapeStart.plusMonths(MAX_CAPE_MONTHS));
            if (capeDays > limit) {
                problems.add(Problem.error(path, RuleCodes.CAPE_TOO_LONG, "CAPE time adds up to " + capeDays
                        + " days, more than " + MAX_CAPE_MONTHS + " months (Code de commerce L127-1)"));
            }
        }
        if (cesa && associateDate == null) {
            LocalDate end = exit != null ? exit.date() : referenceDate;
            if (end != null) {
                associateDeadline(cesaDate, capeDaysBeforeCesa, end, path, false, problems);
            }
        }
    }

    private static void associateDeadline(LocalDate cesaDate, long capeDays, LocalDate date, String at,
            boolean became, List<Problem> problems) {
        LocalDate deadline = cesaDate.plusMonths(ASSOCIATE_DEADLINE_MONTHS).minusDays(capeDays);
        if (date.isAfter(deadline)) {
            String what = became ? "became an associate on " + date : "still not an associate on " + date;
            problems.add(Problem.warning(at, RuleCodes.ASSOCIATE_LATE, what + ", after the deadline " + deadline
                    + " (36 months after the CESA of " + cesaDate + ", less " + capeDays
                    + " days of CAPE; Code du travail L7331-3)"));
        }
    }

    private static void followUpTiming(LocalDate exit, LocalDate followUp, String at, List<Problem> problems) {
        if (followUp.isBefore(exit.plusMonths(FOLLOW_UP_MIN_MONTHS))
                || followUp.isAfter(exit.plusMonths(FOLLOW_UP_MAX_MONTHS))) {
            problems.add(Problem.warning(at, RuleCodes.FOLLOW_UP_TIMING, "follow-up on " + followUp
                    + " is not between " + FOLLOW_UP_MIN_MONTHS + " and " + FOLLOW_UP_MAX_MONTHS
                    + " months after the exit of " + exit));
        }
    }
}
