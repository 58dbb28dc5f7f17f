package io.github.caeimpact.model;

import static io.github.caeimpact.model.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    @Test
    void ageIsTheDifferenceOfYears() {
        Participant born1985 = participant().birthYear(1985).build();
        assertThat(born1985.ageAt(LocalDate.of(2025, 1, 1))).isEqualTo(40);
        assertThat(born1985.ageAt(LocalDate.of(2025, 12, 31))).isEqualTo(40);
    }

    @Test
    void ageBandsFollowTheEsfIndicators() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(participant().birthYear(2008).build().ageBandAt(day)).isEqualTo(AgeBand.UNDER_18);
        assertThat(participant().birthYear(2007).build().ageBandAt(day)).isEqualTo(AgeBand.FROM_18_TO_29);
        assertThat(participant().birthYear(1996).build().ageBandAt(day)).isEqualTo(AgeBand.FROM_18_TO_29);
        assertThat(participant().birthYear(1995).build().ageBandAt(day)).isEqualTo(AgeBand.FROM_30_TO_54);
        assertThat(participant().birthYear(1971).build().ageBandAt(day)).isEqualTo(AgeBand.FROM_30_TO_54);
        assertThat(participant().birthYear(1970).build().ageBandAt(day)).isEqualTo(AgeBand.FROM_55);
    }

    @Test
    void withIdChangesOnlyTheId() {
        Participant original = participant().build();
        Participant renamed = original.withId("p-9");
        assertThat(renamed.id()).isEqualTo("p-9");
        assertThat(renamed.withId(original.id())).isEqualTo(original);
    }

    @Test
    void missingListsAreEmpty() {
        Participant p = new Participant("p", "o", Relationship.USER, 1990, Gender.UNDISCLOSED, null,
                new EntrySituation(LabourStatus.INACTIVE, null, false), null, null, null, null, null, null, null,
                new Pathway(null), null, null);
        assertThat(p.activity()).isEmpty();
        assertThat(p.surveys()).isEmpty();
    }
}
