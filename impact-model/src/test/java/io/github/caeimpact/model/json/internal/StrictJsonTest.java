package io.github.caeimpact.model.json.internal;

import io.github.caeimpact.model.json.JsonLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.validation.InvalidInputException;
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

    private record Sample(String name, BigDecimal amount, List<String> tags) {
    }

    private static InvalidInputException readFailure(String json) {
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> StrictJson.read(json, Sample.class, "sample"));
        assertThat(failure).as("read of %s", json).isNotNull();
        return failure;
    }

    @Test
    void readGivesTheBoundValue() {
        Sample sample = StrictJson.read("{\"name\": \"a\", \"amount\": 1.50, \"tags\": [\"x\"]}", Sample.class, "sample");
        assertThat(sample).isEqualTo(new Sample("a", new BigDecimal("1.50"), List.of("x")));
    }

    @Test
    void absurdExponentIsAProblemWithItsPathNotACrash() {
        for (String number : List.of("1e999999999", "-1e-999999999", "1e400", "1e-400")) {
            assertThat(readFailure("{\"name\": \"a\", \"amount\": " + number + ", \"tags\": []}").report().errors())
                    .as(number).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("$.amount");
                        assertThat(p.code()).isEqualTo(RuleCodes.JSON_LIMIT_EXCEEDED);
                    });
        }
    }

    @Test
    void nullDocumentIsAProblemAtTheRoot() {
        assertThat(readFailure("null").report().errors()).extracting(Problem::path).containsExactly("$");
        assertThat(readFailure("").report().errors()).extracting(Problem::path).containsExactly("$");
    }

    @Test
    void nullListElementIsAProblemAtItsPath() {
        assertThat(readFailure("{\"name\": \"a\", \"tags\": [\"x\", null]}").report().errors())
                .extracting(Problem::path).containsExactly("$.tags[1]");
    }

    private static final com.fasterxml.jackson.databind.ObjectReader OPTIONAL_FIELDS = StrictJson.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private static InvalidInputException readFailure(String json,
            java.util.function.Function<Sample, List<Problem>> rules) {
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> StrictJson.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        OPTIONAL_FIELDS, Sample.class, "sample", rules));
        assertThat(failure).as("read of %s", json).isNotNull();
        return failure;
    }

    @Test
    void everyBindingProblemIsCollected() {
        assertThat(readFailure("{\"name\": {}, \"colour\": 1, \"amount\": \"many\", \"tags\": []}", s -> List.of())
                .report().errors())
                .extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("$.name", RuleCodes.JSON_WRONG_TYPE),
                        org.assertj.core.groups.Tuple.tuple("$.colour", RuleCodes.JSON_UNKNOWN_FIELD),
                        org.assertj.core.groups.Tuple.tuple("$.amount", RuleCodes.JSON_WRONG_TYPE));
        // With every field required, a value left out is not reported a second time as missing.
        assertThat(readFailure("{\"name\": \"a\", \"amount\": \"many\", \"tags\": []}").report().errors())
                .extracting(Problem::path).containsExactly("$.amount");
    }

    @Test
    void rulesRunWithBindingProblemsButNotOnValuesLeftOut() {
        InvalidInputException failure = readFailure("{\"name\": {}, \"colour\": 1}",
                        sample -> java.util.stream.Stream.of(
                                sample.name() == null ? Problem.error("$.name", "REQUIRED", "name is required") : null,
                                sample.amount() == null ? Problem.error("$.amount", "REQUIRED", "amount is required") : null)
                                .filter(java.util.Objects::nonNull).toList());
        assertThat(failure.report().errors()).extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("$.name", RuleCodes.JSON_WRONG_TYPE),
                        org.assertj.core.groups.Tuple.tuple("$.colour", RuleCodes.JSON_UNKNOWN_FIELD),
                        org.assertj.core.groups.Tuple.tuple("$.amount", "REQUIRED"));
    }

    private static List<Problem> problemsOfRead(byte[] bytes, Class<?> type) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> StrictJson.read(new java.io.ByteArrayInputStream(bytes), type, "box")).report().problems();
    }

    @Test
    void bytesOfAnImpossibleEncodingAreMalformedInput() {
        assertThat(problemsOfRead(new byte[] {0, 0, 0x7B, 0}, Box.class)).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo(RuleCodes.JSON_MALFORMED));
    }

    @Test
    void aLimitExceededInsideAValueIsLocatedThere() {
        byte[] json = ("{\"items\":[{\"name\":\"" + "x".repeat(20_000) + "\",\"count\":1}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(problemsOfRead(json, Box.class)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.items[0].name");
            assertThat(problem.code()).isEqualTo(RuleCodes.JSON_LIMIT_EXCEEDED);
        });
    }

    @Test
    void textIsNeverCoercedFromANumberOrBoolean() {
        assertThat(problemOf("{\"name\":12,\"count\":1}", Item.class).path()).isEqualTo("$.name");
        assertThat(problemOf("{\"name\":1.5,\"count\":1}", Item.class).path()).isEqualTo("$.name");
        assertThat(problemOf("{\"name\":true,\"count\":1}", Item.class).path()).isEqualTo("$.name");
    }

    @Test
    void bindingStopsAfterItsMaximumAndSaysSo() {
        StringBuilder json = new StringBuilder("{\"items\":[{\"name\":\"a\",\"count\":1");
        for (int i = 0; i < StrictJson.MAX_BINDING_PROBLEMS + 5; i++) {
            json.append(",\"unknown").append(i).append("\":0");
        }
        json.append("}]}");
        List<Problem> problems = problemsOfRead(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Box.class);
        assertThat(problems).hasSize(StrictJson.MAX_BINDING_PROBLEMS + 1);
        assertThat(problems.get(problems.size() - 1).code()).isEqualTo(RuleCodes.PROBLEMS_OMITTED);
    }
}
