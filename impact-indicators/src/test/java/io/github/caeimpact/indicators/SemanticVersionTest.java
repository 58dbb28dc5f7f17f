package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SemanticVersionTest {

    @Test
    void ordersNumericallyNotAlphabetically() {
        assertThat(SemanticVersion.parse("1.10.0")).isGreaterThan(SemanticVersion.parse("1.9.3"));
        assertThat(SemanticVersion.parse("2.0.0")).isGreaterThan(SemanticVersion.parse("1.99.99"));
        assertThat(SemanticVersion.parse("1.0.0").toString()).isEqualTo("1.0.0");
    }

    @Test
    void rejectsMalformedVersions() {
        assertThat(SemanticVersion.isValid("1.0")).isFalse();
        assertThat(SemanticVersion.isValid("01.0.0")).isFalse();
        assertThat(SemanticVersion.isValid("1.0.0-beta")).isFalse();
        assertThat(SemanticVersion.isValid("99999999999.0.0")).isFalse();
        assertThatThrownBy(() -> SemanticVersion.parse("v1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v1");
    }
}
