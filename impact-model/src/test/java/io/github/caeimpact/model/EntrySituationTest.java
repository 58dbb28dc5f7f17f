package io.github.caeimpact.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntrySituationTest {

    @Test
    void longTermUnemploymentStartsAtTwelveMonths() {
        assertThat(new EntrySituation(LabourStatus.UNEMPLOYED, 11, false).longTermUnemployed()).isFalse();
        assertThat(new EntrySituation(LabourStatus.UNEMPLOYED, 12, false).longTermUnemployed()).isTrue();
        assertThat(new EntrySituation(LabourStatus.UNEMPLOYED, null, false).longTermUnemployed()).isFalse();
        assertThat(new EntrySituation(LabourStatus.INACTIVE, 24, false).longTermUnemployed()).isFalse();
    }
}
