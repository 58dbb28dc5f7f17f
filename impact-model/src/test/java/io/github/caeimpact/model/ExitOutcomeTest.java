package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ExitOutcomeTest {

    @Test
    void employmentIncludesBusinessCreation() {
        assertThat(EnumSet.allOf(ExitOutcome.class)).filteredOn(ExitOutcome::inEmployment).containsExactlyInAnyOrder(
                ExitOutcome.BUSINESS_CREATED, ExitOutcome.EMPLOYED_PERMANENT,
                ExitOutcome.EMPLOYED_FIXED_TERM_6_MONTHS_PLUS, ExitOutcome.EMPLOYED_SHORT_TERM);
    }

    @Test
    void esfResultsMapTheImmediateResultIndicators() {
        assertThat(ExitOutcome.EMPLOYED_SHORT_TERM.esfResult()).contains(EsfResult.IN_EMPLOYMENT);
        assertThat(ExitOutcome.TRAINING.esfResult()).contains(EsfResult.IN_EDUCATION_OR_TRAINING);
        assertThat(ExitOutcome.JOB_SEARCH.esfResult()).contains(EsfResult.JOB_SEARCHING);
        assertThat(ExitOutcome.MOVED_AWAY.esfResult()).isEmpty();
        assertThat(ExitOutcome.UNKNOWN.esfResult()).isEmpty();
        assertThat(EsfResult.IN_EMPLOYMENT.code()).isEqualTo("EECR04");
        assertThat(EsfResult.IN_EDUCATION_OR_TRAINING.code()).isEqualTo("EECR02");
        assertThat(EsfResult.JOB_SEARCHING.code()).isEqualTo("EECR01");
    }

    @Test
    void situationsAreExclusive() {
        for (ExitOutcome outcome : ExitOutcome.values()) {
            int count = (outcome.inEmployment() ? 1 : 0) + (outcome.inEducationOrTraining() ? 1 : 0)
                    + (outcome.jobSearching() ? 1 : 0);
            assertThat(count).as("%s", outcome).isLessThanOrEqualTo(1);
        }
    }
}
