package io.github.caeimpact.examples.sample;

import static io.github.caeimpact.examples.sample.SampleCae.event;
import static io.github.caeimpact.examples.sample.SampleCae.exit;

import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Draws plausible pathways: information, intake, CAPE or direct CESA, membership, exit, follow-up. */
final class SamplePathways {

    /** Share of entrants who start with a CAPE test phase rather than a CESA contract. */
    private static final double CAPE_FIRST = 0.70;

    private SamplePathways() {
    }

    static Pathway draw(SplittableRandom random, LocalDate periodStart, LocalDate periodEnd, LocalDate referenceDate) {
        List<PathwayEvent> events = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(periodStart, periodEnd.minusMonths(3));
        LocalDate entry = periodStart.plusDays(random.nextLong(span));
        events.add(event(EventType.INFORMATION, entry.minusDays(30 + random.nextInt(60))));
        events.add(event(EventType.INTAKE, entry.minusDays(5 + random.nextInt(20))));

        LocalDate cesa = null;
        LocalDate last = entry;
        if (random.nextDouble() < CAPE_FIRST) {
            events.add(event(EventType.CAPE_START, entry));
            LocalDate capeEnd = entry.plusMonths(6 + random.nextInt(7));
            if (random.nextDouble() < 0.25) {
                LocalDate renewal = entry.plusMonths(12);
                if (renewal.isAfter(periodEnd)) {
                    return new Pathway(events);
                }
                events.add(event(EventType.CAPE_RENEWAL, renewal));
                capeEnd = entry.plusMonths(14 + random.nextInt(8));
            }
            if (capeEnd.isAfter(periodEnd)) {
                return new Pathway(events);
            }
            events.add(event(EventType.CAPE_END, capeEnd));
            last = capeEnd;
            if (random.nextDouble() < 0.65) {
                cesa = capeEnd;
                events.add(event(EventType.CESA_SIGNED, cesa));
            } else {
                // Leaving at the end of the test phase: a job, a business of one's own, or a stop.
                LocalDate leaving = capeEnd.plusDays(random.nextInt(20));
                events.add(exit(leaving, outcome(random)));
                addFollowUp(random, events, leaving, referenceDate);
                return new Pathway(events);
            }
        } else {
            cesa = entry;
            events.add(event(EventType.CESA_SIGNED, cesa));
        }

        LocalDate associate = cesa.plusMonths(10 + random.nextInt(26));
        if (random.nextDouble() < 0.55 && !associate.isAfter(periodEnd)) {
            events.add(event(EventType.BECAME_ASSOCIATE, associate));
            last = associate;
        }
        if (random.nextDouble() < 0.30) {
            long room = ChronoUnit.DAYS.between(last, periodEnd);
            if (room > 30) {
                LocalDate leaving = last.plusDays(30 + random.nextLong(room - 29));
                events.add(exit(leaving, outcome(random)));
                addFollowUp(random, events, leaving, referenceDate);
            }
        }
        return new Pathway(events);
    }

    private static void addFollowUp(SplittableRandom random, List<PathwayEvent> events, LocalDate leaving,
            LocalDate referenceDate) {
        LocalDate followUp = leaving.plusMonths(6).plusDays(random.nextInt(21) - 10);
        // About one leaver in four cannot be reached six months later.
        if (!followUp.isAfter(referenceDate) && random.nextDouble() < 0.75) {
            events.add(PathwayEvent.of(EventType.FOLLOW_UP, followUp, outcome(random)));
        }
    }

    private static ExitOutcome outcome(SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.34) {
            return ExitOutcome.BUSINESS_CREATED;
        }
        if (draw < 0.46) {
            return ExitOutcome.EMPLOYED_PERMANENT;
        }
        if (draw < 0.55) {
            return ExitOutcome.EMPLOYED_FIXED_TERM_6_MONTHS_PLUS;
        }
        if (draw < 0.60) {
            return ExitOutcome.EMPLOYED_SHORT_TERM;
        }
        if (draw < 0.68) {
            return ExitOutcome.TRAINING;
        }
        if (draw < 0.82) {
            return ExitOutcome.JOB_SEARCH;
        }
        if (draw < 0.88) {
            return ExitOutcome.INACTIVE;
        }
        if (draw < 0.92) {
            return ExitOutcome.MOVED_AWAY;
        }
        return draw < 0.97 ? ExitOutcome.ABANDONED : ExitOutcome.UNKNOWN;
    }
}
