package io.github.caeimpact.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private record Item(String name, int count) {
    }

    private record Box(List<Item> items) {
    }

    private static Problem problemOf(String json, Class<?> type) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> StrictJson.mapper().readValue(json, type));
        return StrictJson.problemOf(failure);
    }

    @Test
    void unknownFieldIsLocated() {
        Problem problem = problemOf("{\"items\":[{\"name\":\"a\",\"count\":1,\"colour\":\"red\"}]}", Box.class);
        assertThat(problem.path()).isEqualTo("$.items[0].colour");
        assertThat(problem.code()).isEqualTo(RuleCodes.JSON_UNKNOWN_FIELD);
    }

    @Test
    void numberAsTextIsRefused() {
        Problem problem = problemOf("{\"items\":[{\"name\":\"a\",\"count\":\"1\"}]}", Box.class);
        assertThat(problem.path()).isEqualTo("$.items[0].count");
    }

    @Test
    void floatForIntegerIsRefused() {
        assertThat(problemOf("{\"name\":\"a\",\"count\":1.5}", Item.class).path()).isEqualTo("$.count");
    }

    @Test
    void trailingContentIsRefused() {
        assertThat(problemOf("{\"name\":\"a\",\"count\":1} x", Item.class).code()).isIn(RuleCodes.JSON_MALFORMED,
                RuleCodes.JSON_WRONG_TYPE);
    }

    @Test
    void syntaxErrorIsLocatedByTheParser() {
        Problem problem = problemOf("{\"items\":[{\"name\":\"a\",\"count\":1}, {\"name\" \"b\"}]}", Box.class);
        assertThat(problem.code()).isEqualTo(RuleCodes.JSON_MALFORMED);
        assertThat(problem.path()).startsWith("$.items[1]");
        assertThat(problem.message()).contains("line 1");
    }

    @Test
    void limitsAreEnforced() {
        ObjectMapper tight = StrictJson.mapper(JsonLimits.DEFAULT.withMaxStringLength(5));
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> tight.readValue("{\"name\":\"abcdefgh\",\"count\":1}", Item.class));
        assertThat(StrictJson.problemOf(failure).code()).isEqualTo(RuleCodes.JSON_LIMIT_EXCEEDED);
    }

    @Test
    void invalidValueExplainsItself() {
        Problem problem = problemOf("{\"start\":\"2025-12-31\",\"end\":\"2025-01-01\"}", Period.class);
        assertThat(problem.code()).isEqualTo(RuleCodes.JSON_INVALID_VALUE);
        assertThat(problem.message()).contains("before start");
    }

    @Test
    void decimalsKeepTheirScaleThroughTrees() throws Exception {
        ObjectMapper mapper = StrictJson.mapper();
        assertThat(mapper.readTree("55.0").decimalValue()).isEqualTo(new BigDecimal("55.0"));
        assertThat(mapper.writeValueAsString(mapper.readTree("{\"a\":1.50}"))).contains("1.50");
    }

    @Test
    void mapKeysAreWrittenSorted() throws Exception {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", 2);
        assertThat(StrictJson.mapper().writeValueAsString(map)).isEqualTo("{\n  \"a\" : 2,\n  \"b\" : 1\n}");
    }
}
