package io.github.caeimpact.model.json;

import io.github.caeimpact.model.json.internal.StrictJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs of issue 12, each reproduced: every one gives {@link InvalidInputException}
 * located at its field, the problems are capped, a byte order mark reads the same from every
 * source, and values are never coerced between JSON types.
 */
class ImpactJsonStrictnessTest {

    private static String example() {
        try (InputStream in = ImpactJsonStrictnessTest.class.getResourceAsStream(
                "/io/github/caeimpact/model/example-dataset.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaced(String target, String replacement) {
        String valid = example();
        assertThat(valid).contains(target);
        return valid.replace(target, replacement);
    }

    /** The problems of a refused document, read from a string, a reader, bytes and a stream. */
    private static List<Problem> refusedEverywhere(String json) {
        List<Function<String, Object>> readers = List.of(ImpactJson::read, text -> ImpactJson.read(new StringReader(text)),
                text -> ImpactJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                text -> {
                    ReadResult streamed = ImpactJson.streamParticipants(
                            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), p -> { });
                    streamed.report().throwIfInvalid("dataset");
                    return streamed;
                });
        List<Problem> first = null;
        for (Function<String, Object> reader : readers) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.apply(json));
            assertThat(e).as("refused by every reader").isNotNull();
            if (first == null) {
                first = e.report().problems();
            }
        }
        return first;
    }

    private static void refusedAt(String json, String path, String code) {
        assertThat(refusedEverywhere(json)).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.code()).isEqualTo(code);
        });
    }

    @Test
    void activityYearOfABillionIsAnOutOfRangeYearNotACrash() {
        refusedAt(replaced("\"year\" : 2025", "\"year\" : 1000000000"), "$.participants[0].activity[0].year",
                RuleCodes.FIELD_OUT_OF_RANGE);
        refusedAt(replaced("\"year\" : 2025", "\"year\" : -1000000000"), "$.participants[0].activity[0].year",
                RuleCodes.FIELD_OUT_OF_RANGE);
    }

    @Test
    void bytesOfAnImpossibleUcs4OrderAreMalformedInput() {
        byte[] bytes = {0, 0, 0x7B, 0};
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.read(new ByteArrayInputStream(bytes)));
        assertThat(e.report().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.code()).isEqualTo(RuleCodes.JSON_MALFORMED);
        });
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.readLenient(new ByteArrayInputStream(bytes)))).isNotNull();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.streamParticipants(new ByteArrayInputStream(bytes), p -> { }))).isNotNull();
    }

    @Test
    void problemsOfAHundredThousandEmptyParticipantsAreCappedWithACount() {
        String valid = example();
        StringBuilder json = new StringBuilder(valid.substring(0, valid.indexOf("\"participants\"")))
                .append("\"participants\" : [");
        int count = 100_000;
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        json.append("]}");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ImpactJson.read(json.toString()));
        List<Problem> problems = e.report().problems();
        assertThat(problems).hasSize(ValidationReport.MAX_PROBLEMS + 1);
        Problem last = problems.get(problems.size() - 1);
        assertThat(last.code()).isEqualTo(RuleCodes.PROBLEMS_OMITTED);
        assertThat(last.isError()).isTrue();
        assertThat(last.message()).startsWith("and ");
        assertThat(e.getMessage()).contains("... and");

        ReadResult lenient = ImpactJson.readLenient(json.toString());
        assertThat(lenient.read()).isEqualTo(count);
        assertThat(lenient.rejected()).isEqualTo(count);
        assertThat(lenient.accepted() + lenient.rejected()).isEqualTo(lenient.read());
        assertThat(lenient.rejectedParticipants()).hasSize(ValidationReport.MAX_PROBLEMS);
        assertThat(lenient.report().problems()).hasSize(ValidationReport.MAX_PROBLEMS + 1);
    }

    @Test
    void aLeadingByteOrderMarkReadsTheSameFromBytesStringAndReader() {
        String json = "\uFEFF" + example();
        Dataset fromBytes = ImpactJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(ImpactJson.read(json)).isEqualTo(fromBytes);
        assertThat(ImpactJson.read(new StringReader(json))).isEqualTo(fromBytes);
        assertThat(ImpactJson.readLenient(json).dataset()).isEqualTo(fromBytes);
        assertThat(ImpactJson.readLenient(new StringReader(json)).dataset()).isEqualTo(fromBytes);
        assertThat(StrictJson.read(json, com.fasterxml.jackson.databind.JsonNode.class, "document")).isNotNull();
    }

    @Test
    void aLimitExceededInsideAFieldIsReportedAtThatField() {
        refusedAt(replaced("\"name\" : \"Coopérative Exemple\"", "\"name\" : \"" + "x".repeat(20_000) + "\""),
                "$.organisations[0].name", RuleCodes.JSON_LIMIT_EXCEEDED);
    }

    @Test
    void malformedJsonInsideAFieldIsReportedAtThatField() {
        refusedAt(replaced("\"name\" : \"Coopérative Exemple\"", "\"name\" : \"Coop\u0001\""),
                "$.organisations[0].name", RuleCodes.JSON_MALFORMED);
    }

    @Test
    void aNumberIsNotReadAsText() {
        refusedAt(replaced("\"id\" : \"cae-1\"", "\"id\" : 123"), "$.organisations[0].id", RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"communeCode\" : \"67482\"", "\"communeCode\" : 67482"),
                "$.organisations[0].territory.communeCode", RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : 1.0"), "$.schemaVersion",
                RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"network\" : \"Coopérer pour Entreprendre\"", "\"network\" : true"),
                "$.organisations[0].network", RuleCodes.JSON_INVALID_VALUE);
    }

    @Test
    void textIsNotReadAsANumberOrBoolean() {
        refusedAt(replaced("\"year\" : 2025", "\"year\" : \"2025\""), "$.participants[0].activity[0].year",
                RuleCodes.JSON_WRONG_TYPE);
        refusedAt(replaced("\"priorityUrbanArea\" : false", "\"priorityUrbanArea\" : \"false\""),
                "$.organisations[0].territory.priorityUrbanArea", RuleCodes.JSON_WRONG_TYPE);
        refusedAt(replaced("\"priorityUrbanArea\" : false", "\"priorityUrbanArea\" : 0"),
                "$.organisations[0].territory.priorityUrbanArea", RuleCodes.JSON_INVALID_VALUE);
    }

    @Test
    void aNumberWithAFractionIsNotAnInteger() {
        refusedAt(replaced("\"year\" : 2025", "\"year\" : 2025.5"), "$.participants[0].activity[0].year",
                RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"year\" : 2025", "\"year\" : 1e12"), "$.participants[0].activity[0].year",
                RuleCodes.JSON_INVALID_VALUE);
    }

    @Test
    void aWholeDecimalIsTheIntegerItIsAsInJsonSchema() {
        Dataset expected = ImpactJson.read(example());
        assertThat(ImpactJson.read(replaced("\"year\" : 2025", "\"year\" : 2025.0"))).isEqualTo(expected);
        assertThat(ImpactJson.read(replaced("\"year\" : 2025", "\"year\" : 2.025e3"))).isEqualTo(expected);
    }

    @Test
    void enumNamesAreNotTrimmed() {
        refusedAt(replaced("\"WOMAN\"", "\" WOMAN\""), "$.participants[0].gender", RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"WOMAN\"", "\"WOMAN \""), "$.participants[0].gender", RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"WOMAN\"", "\"\""), "$.participants[0].gender", RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"WOMAN\"", "\"woman\""), "$.participants[0].gender", RuleCodes.JSON_INVALID_VALUE);
    }

    @Test
    void datesAreStringsWithoutWhiteSpace() {
        refusedAt(replaced("\"foundedOn\" : \"2004-03-01\"", "\"foundedOn\" : \" 2004-03-01\""),
                "$.organisations[0].foundedOn", RuleCodes.JSON_INVALID_VALUE);
        refusedAt(replaced("\"foundedOn\" : \"2004-03-01\"", "\"foundedOn\" : [2004, 3, 1]"),
                "$.organisations[0].foundedOn", RuleCodes.JSON_WRONG_TYPE);
        refusedAt(replaced("\"foundedOn\" : \"2004-03-01\"", "\"foundedOn\" : 12478"),
                "$.organisations[0].foundedOn", RuleCodes.JSON_WRONG_TYPE);
    }
}
