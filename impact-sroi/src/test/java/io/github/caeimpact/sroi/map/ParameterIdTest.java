package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterIdTest {

    @Test
    void addressesAreJsonPathsBelowTheRoot() {
        assertThat(ParameterId.outcome(2, "deadweight").path()).isEqualTo("outcomes[2].deadweight");
        assertThat(ParameterId.outcome(2, "deadweight").jsonPath()).isEqualTo("$.outcomes[2].deadweight");
        assertThat(ParameterId.attribution(0, 1).path()).isEqualTo("outcomes[0].attribution[1]");
        assertThat(ParameterId.input(3).path()).isEqualTo("inputs[3].amount");
        assertThat(ParameterId.discounting("rate").toString()).isEqualTo("discounting.rate");
    }
}
