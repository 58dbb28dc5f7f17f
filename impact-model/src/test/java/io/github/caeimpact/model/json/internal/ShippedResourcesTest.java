package io.github.caeimpact.model.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ShippedResourcesTest {

    @Test
    void shippedResourceIsReadByTheGivenReader() {
        JsonNode schema = ShippedResources.load(ShippedResourcesTest.class,
                "/io/github/caeimpact/model/dataset.schema.json", in -> StrictJson.read(in, JsonNode.class, "schema"), "schema");
        assertThat(schema.get("$schema").asText()).contains("2020-12");
    }

    @Test
    void missingResourceIsAPackagingDefectNamingIt() {
        assertThatThrownBy(() -> ShippedResources.load(ShippedResourcesTest.class, "/no/such/resource.json",
                in -> StrictJson.read(in, JsonNode.class, "x"), "catalogue"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the shipped catalogue is missing").hasMessageContaining("/no/such/resource.json");
    }

    @Test
    void invalidResourceIsAPackagingDefectNotBadInput() {
        assertThatThrownBy(() -> ShippedResources.load(ShippedResourcesTest.class, "truncated.json",
                in -> StrictJson.read(in, JsonNode.class, "x"), "proxy library"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the shipped proxy library is invalid")
                .hasCauseInstanceOf(InvalidInputException.class);
    }
}
