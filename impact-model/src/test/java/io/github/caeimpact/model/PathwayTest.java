package io.github.caeimpact.model;

import static io.github.caeimpact.model.testing.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathwayTest {

    private static final Pathway CAPE_THEN_CESA_THEN_EXIT = Pathway.of(
            event(EventType.INTAKE, "2023-12-15"),
            event(EventType.CAPE_START, "2024-01-08"),
            event(EventType.CESA_SIGNED, "2024-07-01"),
            PathwayEvent.of(EventType.EXIT, LocalDate.of(2025, 3, 31), ExitOutcome.JOB_SEARCH));

    @Test
    void entryIsTheFirstContract() {
        assertThat(CAPE_THEN_CESA_THEN_EXIT.entryDate()).contains(LocalDate.of(2024, 1, 8));
        assertThat(Pathway.of(event(EventType.CESA_SIGNED, "2024-02-01")).entryDate()).contains(LocalDate.of(2024, 2, 1));
    }

    @Test
    void intakeAloneIsNoEntry() {
        Pathway intake = Pathway.of(event(EventType.INTAKE, "2024-01-08"));
        assertThat(intake.entryDate()).isEmpty();
        assertThat(intake.hasEnteredBy(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(intake.isActiveOn(LocalDate.of(2024, 1, 8))).isFalse();
    }

    @Test
    void eventsAreFoundByType() {
        assertThat(CAPE_THEN_CESA_THEN_EXIT.firstOf(EventType.CESA_SIGNED)).get().extracting(PathwayEvent::date)
                .isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(CAPE_THEN_CESA_THEN_EXIT.firstOf(EventType.BECAME_ASSOCIATE)).isEmpty();
        assertThat(CAPE_THEN_CESA_THEN_EXIT.all(EventType.CAPE_START)).hasSize(1);
        assertThat(CAPE_THEN_CESA_THEN_EXIT.exit()).get().extracting(PathwayEvent::outcome).isEqualTo(ExitOutcome.JOB_SEARCH);
    }

    @Test
    void activeFromEntryToTheExitDayIncluded() {
        assertThat(CAPE_THEN_CESA_THEN_EXIT.isActiveOn(LocalDate.of(2024, 1, 7))).isFalse();
        assertThat(CAPE_THEN_CESA_THEN_EXIT.isActiveOn(LocalDate.of(2024, 1, 8))).isTrue();
        assertThat(CAPE_THEN_CESA_THEN_EXIT.isActiveOn(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(CAPE_THEN_CESA_THEN_EXIT.isActiveOn(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(CAPE_THEN_CESA_THEN_EXIT.hasEnteredBy(LocalDate.of(2025, 4, 1))).isTrue();
    }

    @Test
    void missingListIsEmptyAndListIsCopied() {
        assertThat(new Pathway(null).events()).isEmpty();
        List<PathwayEvent> events = new java.util.ArrayList<>(List.of(event(EventType.INTAKE, "2024-01-08")));
        Pathway pathway = new Pathway(events);
        events.clear();
        assertThat(pathway.events()).hasSize(1);
    }
}
