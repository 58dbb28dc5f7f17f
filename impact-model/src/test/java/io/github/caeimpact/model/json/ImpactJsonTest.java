package io.github.caeimpact.model.json;

import io.github.caeimpact.model.json.internal.StrictJson;
import static io.github.caeimpact.model.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.testing.Fixtures;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactJsonTest {

    private static final ObjectMapper TREES = StrictJson.mapper();

    private static String example() {
        try (InputStream in = ImpactJsonTest.class.getResourceAsStream("/io/github/caeimpact/model/example-dataset.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode participantNode(ObjectNode dataset, int index) {
        return (ObjectNode) dataset.get("participants").get(index);
    }

    private static List<Problem> problemsOfRead(String json) {
        return catchThrowableOfType(InvalidInputException.class, () -> ImpactJson.read(json)).report().problems();
    }

    private static String threeParticipants() {
        return ImpactJson.writeString(Fixtures.dataset(participant().id("p-1").build(), participant().id("p-2").build(),
                participant().id("p-3").build()));
    }

    @Test
    void exampleDatasetIsValid() {
        Dataset dataset = ImpactJson.read(example());
        assertThat(dataset.participants()).hasSize(2);
        assertThat(dataset.organisation("cae-1")).isPresent();
        assertThat(dataset.participants().get(1).pathway().exit()).get()
                .extracting(e -> e.outcome()).isEqualTo(ExitOutcome.BUSINESS_CREATED);
    }

    @Test
    void javadocExampleIsAValidDataset() throws IOException {
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/io/github/caeimpact/model/json/ImpactJson.java"));
        String block = source.substring(source.indexOf("<pre>{@code") + "<pre>{@code".length(), source.indexOf("}</pre>"));
        String json = block.lines().map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                .collect(java.util.stream.Collectors.joining("\n"));
        Dataset dataset = ImpactJson.read(json);
        assertThat(dataset.participants()).hasSize(1);
        assertThat(ImpactJson.readLenient(json).report().problems()).isEmpty();
    }

    @Test
    void exampleDatasetRoundTripsThroughTheWriter() {
        Dataset dataset = ImpactJson.read(example());
        assertThat(ImpactJson.read(ImpactJson.writeString(dataset))).isEqualTo(dataset);
    }

    @Test
    void writerLeavesOutNullsAndEndsWithANewline() {
        String json = ImpactJson.writeString(Fixtures.dataset(participant().build()));
        assertThat(json).doesNotContain("null").endsWith("}\n").doesNotContain("\r");
        assertThat(json).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"referenceDate\" : \"2025-12-31\",");
    }

    @Test
    void writerKeepsTheStreamOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        ImpactJson.write(Fixtures.dataset(), out);
        assertThat(out.size()).isPositive();
    }

    @Test
    void readerAcceptsCharactersAndBytes() {
        String json = example();
        assertThat(ImpactJson.read(new StringReader(json))).isEqualTo(ImpactJson.read(json));
        assertThat(ImpactJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ImpactJson.read(json));
    }

    @Test
    void strictReadCollectsTheProblemsOfEveryParticipant() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 0).put("birthYear", 1800);
        participantNode(dataset, 2).put("gender", "FEMALE");
        participantNode(dataset, 2).put("unknown", 1);
        assertThat(problemsOfRead(dataset.toString())).extracting(Problem::path, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.participants[0].birthYear", RuleCodes.FIELD_OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("$.participants[2].gender", "JSON_INVALID_VALUE"));
    }

    @Test
    void unknownFieldIsReportedWithItsPath() {
        ObjectNode dataset = tree(threeParticipants());
        ((ObjectNode) participantNode(dataset, 1).get("pathway").get("events").get(0)).put("note", "x");
        assertThat(problemsOfRead(dataset.toString())).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.participants[1].pathway.events[0].note",
                        "JSON_UNKNOWN_FIELD"));
    }

    @Test
    void numberWrittenAsTextIsAWrongType() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 1).put("birthYear", "1985");
        assertThat(problemsOfRead(dataset.toString())).extracting(Problem::path)
                .containsExactly("$.participants[1].birthYear");
    }

    @Test
    void missingFieldsAreAllReported() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 0).remove(List.of("gender", "relationship", "pathway"));
        assertThat(problemsOfRead(dataset.toString())).extracting(Problem::path, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.participants[0].gender", RuleCodes.FIELD_REQUIRED),
                org.assertj.core.groups.Tuple.tuple("$.participants[0].pathway", RuleCodes.FIELD_REQUIRED),
                org.assertj.core.groups.Tuple.tuple("$.participants[0].relationship", RuleCodes.FIELD_REQUIRED));
    }

    @Test
    void missingRequiredNumberIsReportedByTheReader() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 0).remove("birthYear");
        assertThat(problemsOfRead(dataset.toString())).extracting(Problem::path, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.participants[0].birthYear", "JSON_MISSING_FIELD"));
    }

    @Test
    void documentThatIsNotAnObjectIsRejected() {
        assertThat(problemsOfRead("[]")).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$", "JSON_WRONG_TYPE"));
        assertThat(problemsOfRead("")).extracting(Problem::code).containsExactly("JSON_WRONG_TYPE");
    }

    @Test
    void trailingContentIsRejected() {
        assertThat(problemsOfRead(threeParticipants() + " {}")).extracting(Problem::code).containsExactly("JSON_MALFORMED");
    }

    @Test
    void unknownTopLevelFieldIsRejected() {
        ObjectNode dataset = tree(threeParticipants());
        dataset.put("comment", "x");
        assertThat(problemsOfRead(dataset.toString())).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.comment", "JSON_UNKNOWN_FIELD"));
    }

    @Test
    void participantsBeforeTheEnvelopeAreReadAllTheSame() {
        ObjectNode dataset = tree(threeParticipants());
        ObjectNode reordered = TREES.createObjectNode();
        reordered.set("participants", dataset.get("participants"));
        dataset.properties().stream().filter(e -> !e.getKey().equals("participants"))
                .forEach(e -> reordered.set(e.getKey(), e.getValue()));
        assertThat(ImpactJson.read(reordered.toString())).isEqualTo(ImpactJson.read(threeParticipants()));
    }

    @Test
    void lenientReadKeepsValidParticipantsAndAccountsForTheOthers() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 1).put("birthYear", "x");
        participantNode(dataset, 2).put("organisationId", "cae-9");
        ReadResult result = ImpactJson.readLenient(dataset.toString());
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.complete()).isTrue();
        assertThat(result.dataset().participants()).extracting(Participant::id).containsExactly("p-1");
        assertThat(result.rejectedParticipants()).extracting(RejectedParticipant::index, RejectedParticipant::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "p-2"), org.assertj.core.groups.Tuple.tuple(2, "p-3"));
        assertThat(result.rejectedParticipants().get(1).reasons()).extracting(Problem::code)
                .containsExactly(RuleCodes.UNKNOWN_ORGANISATION);
        assertThat(result.report().errors()).hasSize(2);
    }

    @Test
    void lenientReadKeepsTheWarningsOfAcceptedParticipants() {
        Dataset dataset = Fixtures.dataset(participant().activity(Fixtures.activity(2025, 0)).build());
        ReadResult result = ImpactJson.readLenient(ImpactJson.writeString(dataset));
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.report().warnings()).extracting(Problem::code)
                .containsExactly(RuleCodes.SUPPORT_INTERVIEWS_BELOW_MINIMUM);
    }

    @Test
    void lenientReadRejectsTheSecondOfTwoParticipantsWithOneId() {
        String json = ImpactJson.writeString(Fixtures.dataset(participant().build(), participant().build()));
        ReadResult result = ImpactJson.readLenient(json);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.rejectedParticipants()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.reasons()).extracting(Problem::code).containsExactly(RuleCodes.DUPLICATE_PARTICIPANT_ID);
        });
    }

    @Test
    void lenientReadCountsAParticipantCutShortAsReadAndRejected() {
        String json = threeParticipants();
        int third = json.indexOf("\"p-3\"");
        ReadResult result = ImpactJson.readLenient(json.substring(0, third + 10));
        assertThat(result.complete()).isFalse();
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejectedParticipants()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.reasons()).extracting(Problem::code).containsExactly("JSON_MALFORMED");
            assertThat(r.reasons().get(0).path()).startsWith("$.participants[2]");
        });
    }

    @Test
    void lenientReadCountsABrokenSeparatorAsAnotherParticipant() {
        String json = threeParticipants();
        int second = json.indexOf("\"p-2\"");
        int comma = json.lastIndexOf("},", second);
        String broken = json.substring(0, comma + 1) + " x" + json.substring(comma + 2);
        ReadResult result = ImpactJson.readLenient(broken);
        assertThat(result.read()).isEqualTo(2);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void lenientReadRejectsANullParticipant() {
        ObjectNode dataset = tree(threeParticipants());
        ((ArrayNode) dataset.get("participants")).insertNull(1);
        ReadResult result = ImpactJson.readLenient(dataset.toString());
        assertThat(result.read()).isEqualTo(4);
        assertThat(result.rejectedParticipants()).extracting(RejectedParticipant::index).containsExactly(1);
    }

    @Test
    void nullListElementIsNamed() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 1).putArray("activity").addNull();
        List<Problem> problems = problemsOfRead(dataset.toString());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("$.participants[1]");
            assertThat(p.message()).contains("activity: element 0 is null");
        });
    }

    @Test
    void lenientReadRefusesAnInvalidEnvelope() {
        ObjectNode dataset = tree(threeParticipants());
        dataset.remove("referenceDate");
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.readLenient(dataset.toString()));
        assertThat(failure.report().errors()).extracting(Problem::path).contains("$.referenceDate");
    }

    @Test
    void absurdNumberRejectsItsParticipant() {
        String json = threeParticipants().replaceFirst("\"birthYear\" : 1985", "\"birthYear\" : 1e999999999");
        ReadResult result = ImpactJson.readLenient(json);
        assertThat(result.rejectedParticipants()).singleElement().satisfies(r -> assertThat(r.reasons())
                .extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.participants[0].birthYear", "JSON_LIMIT_EXCEEDED")));
    }

    @Test
    void hugeStringBreaksTheDocumentOff() {
        String json = threeParticipants().replaceFirst("\"p-2\"", "\"" + "x".repeat(20_000) + "\"");
        List<Problem> problems = problemsOfRead(json);
        assertThat(problems).extracting(Problem::code).containsExactly("JSON_LIMIT_EXCEEDED");
        assertThat(problems.get(0).path()).startsWith("$.participants[1]");
    }

    @Test
    void deepNestingBreaksTheDocumentOff() {
        String json = threeParticipants().replaceFirst("\"p-2\"", "[".repeat(100) + "]".repeat(100));
        assertThat(problemsOfRead(json)).extracting(Problem::code).containsExactly("JSON_LIMIT_EXCEEDED");
    }

    @Test
    void streamingHandsOverValidParticipantsOnly() {
        ObjectNode dataset = tree(threeParticipants());
        participantNode(dataset, 1).put("birthYear", 1800);
        List<Participant> seen = new ArrayList<>();
        ReadResult result = ImpactJson.streamParticipants(
                new ByteArrayInputStream(dataset.toString().getBytes(StandardCharsets.UTF_8)), seen::add);
        assertThat(seen).extracting(Participant::id).containsExactly("p-1", "p-3");
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.rejectedParticipants()).extracting(RejectedParticipant::id).containsExactly("p-2");
        assertThat(result.dataset().participants()).isEmpty();
        assertThat(result.dataset().referenceDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void streamingHandsTheDatasetFieldsOverOnceBeforeTheFirstParticipant() {
        List<String> calls = new ArrayList<>();
        ReadResult result = ImpactJson.streamParticipants(new ByteArrayInputStream(threeParticipants().getBytes(StandardCharsets.UTF_8)),
                JsonLimits.DEFAULT, header -> calls.add("header " + header.referenceDate() + " " + header.organisations().size()
                        + " organisation(s), " + header.participants().size() + " participant(s)"),
                participant -> calls.add(participant.id()));
        assertThat(calls).containsExactly("header 2025-12-31 " + result.dataset().organisations().size()
                + " organisation(s), 0 participant(s)", "p-1", "p-2", "p-3");
    }

    @Test
    void streamingAppliesFurtherRulesAndAnErrorRejectsThatParticipantOnly() {
        List<String> seen = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        ReadResult result = ImpactJson.streamParticipants(new ByteArrayInputStream(threeParticipants().getBytes(StandardCharsets.UTF_8)),
                JsonLimits.DEFAULT, header -> { }, (participant, path) -> {
                    paths.add(path);
                    return participant.id().equals("p-2") ? List.of(Problem.error(path + ".surveys", "A_RULE", "broken")) : List.of();
                }, participant -> seen.add(participant.id()));
        assertThat(paths).containsExactly("$.participants[0]", "$.participants[1]", "$.participants[2]");
        assertThat(seen).containsExactly("p-1", "p-3");
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.accepted() + result.rejected()).isEqualTo(result.read());
        assertThat(result.report().errors()).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.participants[1].surveys", "A_RULE"));
    }

    @Test
    void streamingHandsTheDatasetFieldsOverWhenThereAreNoParticipants() {
        ObjectNode dataset = tree(threeParticipants());
        dataset.remove("participants");
        List<LocalDate> headers = new ArrayList<>();
        ImpactJson.streamParticipants(new ByteArrayInputStream(dataset.toString().getBytes(StandardCharsets.UTF_8)), JsonLimits.DEFAULT,
                header -> headers.add(header.referenceDate()), participant -> { });
        assertThat(headers).containsExactly(LocalDate.of(2025, 12, 31));
    }

    @Test
    void streamingNeedsTheEnvelopeBeforeTheParticipants() {
        ObjectNode dataset = tree(threeParticipants());
        ObjectNode reordered = TREES.createObjectNode();
        reordered.set("participants", dataset.get("participants"));
        dataset.properties().stream().filter(e -> !e.getKey().equals("participants"))
                .forEach(e -> reordered.set(e.getKey(), e.getValue()));
        List<Participant> seen = new ArrayList<>();
        assertThatThrownBy(() -> ImpactJson.streamParticipants(
                new ByteArrayInputStream(reordered.toString().getBytes(StandardCharsets.UTF_8)), seen::add))
                .isInstanceOf(InvalidInputException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void streamingReportsDatasetFieldsThatComeTooLate() {
        ObjectNode dataset = tree(threeParticipants());
        JsonNode organisations = dataset.remove("organisations");
        dataset.set("organisations", organisations);
        List<Participant> seen = new ArrayList<>();
        ReadResult result = ImpactJson.streamParticipants(
                new ByteArrayInputStream(dataset.toString().getBytes(StandardCharsets.UTF_8)), seen::add);
        assertThat(result.report().errors()).extracting(Problem::path, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("$.organisations", RuleCodes.JSON_FIELD_ORDER));
        assertThat(seen).isEmpty();
        assertThat(result.rejected()).isEqualTo(3);
    }

    @Test
    void failingStreamIsAnUncheckedIoException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> ImpactJson.read(failing)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
    }

    @Test
    void bytesThatAreNotTextAreMalformedInput() {
        byte[] utf32 = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.read(new ByteArrayInputStream(utf32)));
        assertThat(failure.report().errors()).extracting(Problem::code).containsExactly("JSON_MALFORMED");
        byte[] badUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        failure = catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.read(new ByteArrayInputStream(badUtf8)));
        assertThat(failure.report().errors()).extracting(Problem::code).containsExactly("JSON_MALFORMED");
    }

    @Test
    void smallerLimitsApply() {
        byte[] bytes = threeParticipants().getBytes(StandardCharsets.UTF_8);
        JsonLimits tight = JsonLimits.DEFAULT.withMaxDocumentLength(100);
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
                () -> ImpactJson.read(new ByteArrayInputStream(bytes), tight));
        assertThat(failure.report().errors()).extracting(Problem::code).containsExactly("JSON_LIMIT_EXCEEDED");
    }

    @Test
    void allPathsStartAtTheRoot() {
        ObjectNode dataset = tree(example());
        participantNode(dataset, 0).put("gender", 3);
        participantNode(dataset, 1).putArray("activity").addObject().put("year", 2025);
        assertThat(problemsOfRead(dataset.toString())).isNotEmpty().allMatch(p -> p.path().startsWith("$.participants["));
    }
}
