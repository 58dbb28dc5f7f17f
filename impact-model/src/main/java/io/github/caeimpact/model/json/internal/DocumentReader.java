package io.github.caeimpact.model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.json.JsonLimits;
import io.github.caeimpact.model.json.RejectedParticipant;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.model.validation.internal.ProblemCollector;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads a dataset document token by token, holding at most one participant's tree at a time.
 *
 * <p>The dataset's own fields (the envelope) are read as small trees and bound at the end, or,
 * when streaming, as soon as the {@code participants} array starts. Each participant element is
 * read as a tree, then bound and validated on its own, so that a wrong type or a broken rule in one
 * participant rejects that participant only. Malformed JSON cannot be resynchronised: it ends the
 * read, and the element where it happened counts as read and rejected.
 */
public final class DocumentReader {

    private static final String PARTICIPANTS = "participants";
    private static final Set<String> ENVELOPE_FIELDS = Set.of("schemaVersion", "referenceDate", "period",
            "organisations");

    private final JsonLimits limits;
    private final ObjectReader participantReader;
    private final ObjectReader datasetReader;
    private final ObjectReader treeReader;
    private final DatasetValidator validator = DatasetValidator.create();

    /**
     * Creates a reader.
     *
     * @param mapper the strict mapper to read with
     * @param limits the limits the mapper enforces, for the checks made on trees
     */
    public DocumentReader(ObjectMapper mapper, JsonLimits limits) {
        Objects.requireNonNull(mapper, "mapper");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.participantReader = mapper.readerFor(Participant.class);
        this.datasetReader = mapper.readerFor(Dataset.class);
        // One value at a time from a parser positioned inside the document: what follows is not trailing.
        this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * What a read found.
     *
     * @param envelope the dataset without participants; null if it could not be bound
     * @param envelopeProblems the problems outside participant elements (errors make the whole
     *     dataset unusable)
     * @param participantProblems the problems of participant elements, in document order, kept
     *     and counted (the collector is the read's own: not to be added to after the read)
     * @param accepted the participants accepted, when not streaming
     * @param rejected the participants rejected, the first
     *     {@link ValidationReport#MAX_PROBLEMS} of them
     * @param read how many participant elements were read
     * @param acceptedCount how many participants were accepted
     * @param rejectedCount how many participants were rejected
     * @param complete whether the document was read to its end
     */
    public record Outcome(Dataset envelope, List<Problem> envelopeProblems, ProblemCollector participantProblems,
            List<Participant> accepted, List<RejectedParticipant> rejected, int read, int acceptedCount,
            int rejectedCount, boolean complete) {

        /**
         * Copies the lists, so that the outcome cannot change after the read.
         *
         * @param envelope the dataset's own fields, or null when they could not be bound
         * @param envelopeProblems the problems of those fields
         * @param participantProblems the problems of the participants
         * @param accepted the participants accepted
         * @param rejected the participants rejected
         * @param read the participants read
         * @param acceptedCount the participants accepted
         * @param rejectedCount the participants rejected
         * @param complete whether the whole document was read
         */
        public Outcome {
            envelopeProblems = List.copyOf(envelopeProblems);
            accepted = List.copyOf(accepted);
            rejected = List.copyOf(rejected);
        }

        /**
         * Tells whether the envelope is usable: bound and without error.
         *
         * @return true if usable
         */
        public boolean envelopeUsable() {
            return envelope != null && envelopeProblems.stream().noneMatch(Problem::isError);
        }

        /**
         * Returns all problems, envelope first.
         *
         * @return the problems
         */
        public List<Problem> allProblems() {
            ProblemCollector all = new ProblemCollector();
            all.addAll(envelopeProblems);
            all.addAll(participantProblems);
            return all.problems();
        }
    }

    /** One participant element as read, before acceptance. */
    private record Element(int index, String id, Participant participant, List<Problem> problems) {
    }

    /** The state of one read. */
    private final class Run {
        final boolean streaming;
        final Consumer<Participant> sink;
        final Consumer<Dataset> header;
        final BiFunction<Participant, String, List<Problem>> rules;
        boolean headerSent;
        final ObjectNode envelopeNode = JsonNodeFactory.instance.objectNode();
        final List<Problem> envelopeProblems = new ArrayList<>();
        final ProblemCollector participantProblems = new ProblemCollector();
        final List<Element> pending = new ArrayList<>();
        final List<Participant> accepted = new ArrayList<>();
        final List<RejectedParticipant> rejected = new ArrayList<>();
        final IdSet ids = new IdSet();
        Dataset envelope;
        boolean envelopeBound;
        int read;
        int acceptedCount;
        int rejectedCount;
        boolean complete = true;

        Run(boolean streaming, Consumer<Dataset> header, BiFunction<Participant, String, List<Problem>> rules,
                Consumer<Participant> sink) {
            this.streaming = streaming;
            this.header = header;
            this.rules = rules;
            this.sink = sink;
        }

        /** Hands the usable envelope to the header consumer, once, before any participant. */
        void sendHeader() {
            if (!headerSent && header != null) {
                headerSent = true;
                header.accept(envelope);
            }
        }

        Outcome outcome() {
            return new Outcome(envelope, envelopeProblems, participantProblems, accepted, rejected, read,
                    acceptedCount, rejectedCount, complete);
        }
    }

    /**
     * Reads a whole document, keeping the accepted participants.
     *
     * @param parser the parser, before the first token
     * @return what was found
     * @throws UncheckedIOException if the underlying source fails
     */
    public Outcome readAll(JsonParser parser) {
        Run run = new Run(false, null, null, null);
        read(parser, run);
        bindEnvelope(run);
        for (Element element : run.pending) {
            settle(run, element);
        }
        return run.outcome();
    }

    /**
     * Reads a document, handing each accepted participant to a consumer as soon as it is checked.
     * The envelope must precede the participants; if it is unusable, reading stops before the
     * first participant ({@link Outcome#envelopeUsable()} is false).
     *
     * @param parser the parser, before the first token
     * @param sink the consumer of accepted participants
     * @return what was found; {@link Outcome#accepted()} is empty
     * @throws UncheckedIOException if the underlying source fails
     */
    public Outcome stream(JsonParser parser, Consumer<Participant> sink) {
        return stream(parser, null, sink);
    }

    /**
     * Reads a document as {@link #stream(JsonParser, Consumer)} does, handing the dataset's own
     * fields to a header consumer once they are bound and valid, before the first participant (or
     * at the end of a document without participants): one read serves both.
     *
     * @param parser the parser, before the first token
     * @param header the consumer of the envelope (a dataset without participants); null for none
     * @param sink the consumer of accepted participants
     * @return what was found; {@link Outcome#accepted()} is empty
     * @throws UncheckedIOException if the underlying source fails
     */
    public Outcome stream(JsonParser parser, Consumer<Dataset> header, Consumer<Participant> sink) {
        return stream(parser, header, null, sink);
    }

    /**
     * Reads a document as {@link #stream(JsonParser, Consumer, Consumer)} does, applying further
     * rules to each participant after the dataset rules: an error among their problems rejects it.
     *
     * @param parser the parser, before the first token
     * @param header the consumer of the envelope; null for none
     * @param rules further rules, given a participant and its path; null for none
     * @param sink the consumer of accepted participants
     * @return what was found; {@link Outcome#accepted()} is empty
     * @throws UncheckedIOException if the underlying source fails
     */
    public Outcome stream(JsonParser parser, Consumer<Dataset> header, BiFunction<Participant, String, List<Problem>> rules,
            Consumer<Participant> sink) {
        Run run = new Run(true, header, rules, Objects.requireNonNull(sink, "sink"));
        read(parser, run);
        bindEnvelope(run);
        if (run.envelope != null && run.envelopeProblems.stream().noneMatch(Problem::isError)) {
            run.sendHeader();
        }
        return run.outcome();
    }

    private void read(JsonParser parser, Run run) {
        try {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                run.envelopeProblems.add(Problem.error("$", RuleCodes.JSON_WRONG_TYPE,
                        "a dataset is a JSON object, found " + describe(token)));
                run.complete = false;
                return;
            }
            boolean participantsSeen = false;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (PARTICIPANTS.equals(name)) {
                    participantsSeen = true;
                    if (run.streaming) {
                        bindEnvelope(run);
                        if (run.envelope == null || run.envelopeProblems.stream().anyMatch(Problem::isError)) {
                            run.complete = false;
                            return;
                        }
                        run.sendHeader();
                    }
                    if (!readParticipants(parser, run)) {
                        run.complete = false;
                        return;
                    }
                } else if (ENVELOPE_FIELDS.contains(name)) {
                    if (run.streaming && participantsSeen) {
                        run.envelopeProblems.add(Problem.error("$." + name, RuleCodes.JSON_FIELD_ORDER, "field '" + name
                                + "' comes after the participants; reading participant by participant needs it before"));
                        parser.skipChildren();
                    } else {
                        JsonNode node = treeOf(parser);
                        Numbers.check(node, "$." + name, limits.maxNumberLength(), run.envelopeProblems);
                        run.envelopeNode.set(name, node);
                    }
                } else {
                    run.envelopeProblems.add(Problem.error("$." + name, RuleCodes.JSON_UNKNOWN_FIELD,
                            "unknown field '" + name + "'"));
                    parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IllegalStateException("parser gave " + token + " inside an object");
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                run.envelopeProblems.add(Problem.error("$", RuleCodes.JSON_MALFORMED,
                        "trailing content after the dataset: " + describe(trailing) + where(parser)));
                run.complete = false;
            }
        } catch (JsonProcessingException | CharConversionException e) {
            run.envelopeProblems.add(problemOf(e, parser));
            run.complete = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A malformed document: bad JSON, a limit exceeded, or bytes that are not text in the detected
     * encoding; located at the value the parser was reading.
     */
    private static Problem problemOf(IOException failure, JsonParser parser) {
        if (failure instanceof JsonProcessingException json) {
            return StrictJson.problemOf(json, parser);
        }
        return StrictJson.notText((CharConversionException) failure, parser);
    }

    /** Reads the participants array; returns false if the document broke off inside it. */
    private boolean readParticipants(JsonParser parser, Run run) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return true;
        }
        if (token != JsonToken.START_ARRAY) {
            run.envelopeProblems.add(Problem.error("$." + PARTICIPANTS, RuleCodes.JSON_WRONG_TYPE,
                    "participants are a JSON array, found " + describe(token)));
            parser.skipChildren();
            return true;
        }
        int index = 0;
        while (true) {
            String path = "$." + PARTICIPANTS + "[" + index + "]";
            JsonNode node;
            try {
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    return true;
                }
                node = treeOf(parser);
            } catch (JsonProcessingException | CharConversionException e) {
                Problem problem = problemOf(e, parser);
                if (!problem.path().startsWith(path)) {
                    problem = new Problem(path, problem.code(), problem.severity(), problem.message());
                }
                run.read++;
                reject(run, new Element(index, null, null, List.of(problem)));
                return false;
            }
            run.read++;
            Element element = bind(node, index, path);
            if (run.streaming) {
                settle(run, element);
            } else {
                run.pending.add(element);
            }
            index++;
        }
    }

    private Element bind(JsonNode node, int index, String path) {
        String id = node.path("id").isTextual() ? node.path("id").asText() : null;
        List<Problem> problems = new ArrayList<>();
        Numbers.check(node, path, limits.maxNumberLength(), problems);
        if (!problems.isEmpty()) {
            return new Element(index, id, null, problems);
        }
        try {
            Participant participant = participantReader.readValue(node);
            if (participant == null) {
                problems.add(Problem.error(path, RuleCodes.FIELD_REQUIRED, "a participant is a JSON object, found null"));
            }
            return new Element(index, id, participant, problems);
        } catch (JsonProcessingException e) {
            problems.add(StrictJson.problemOf(e).under(path));
            return new Element(index, id, null, problems);
        } catch (IOException e) {
            // A tree is in memory: binding it reads nothing from the source.
            throw new UncheckedIOException(e);
        }
    }

    private void settle(Run run, Element element) {
        List<Problem> problems = new ArrayList<>(element.problems());
        Participant participant = element.participant();
        String path = "$." + PARTICIPANTS + "[" + element.index() + "]";
        if (participant != null) {
            if (run.envelope != null) {
                problems.addAll(validator.validate(participant, run.envelope, path).problems());
            } else {
                problems.addAll(validator.validate(participant, (java.time.LocalDate) null, path).problems());
            }
            if (participant.id() != null && !run.ids.add(participant.id())) {
                problems.add(DatasetValidator.duplicateParticipant(participant.id(), path));
            }
            if (run.rules != null) {
                problems.addAll(run.rules.apply(participant, path));
            }
        }
        Element checked = new Element(element.index(), element.id(), participant, problems);
        if (participant == null || problems.stream().anyMatch(Problem::isError)) {
            reject(run, checked);
            return;
        }
        run.participantProblems.addAll(problems);
        run.acceptedCount++;
        if (run.streaming) {
            run.sink.accept(participant);
        } else {
            run.accepted.add(participant);
        }
    }

    private static void reject(Run run, Element element) {
        run.participantProblems.addAll(element.problems());
        run.rejectedCount++;
        if (run.rejected.size() < ValidationReport.MAX_PROBLEMS) {
            List<Problem> errors = element.problems().stream().filter(Problem::isError).toList();
            run.rejected.add(new RejectedParticipant(element.index(), element.id(),
                    "$." + PARTICIPANTS + "[" + element.index() + "]", ProblemCollector.capped(errors)));
        }
    }

    private void bindEnvelope(Run run) {
        if (run.envelopeBound) {
            return;
        }
        run.envelopeBound = true;
        if (run.envelopeProblems.stream().anyMatch(p -> RuleCodes.JSON_LIMIT_EXCEEDED.equals(p.code()))) {
            return;
        }
        if (!run.complete && run.envelopeNode.size() < ENVELOPE_FIELDS.size()) {
            // The document broke off before all of the dataset's fields: the break is the problem,
            // not the fields never reached.
            return;
        }
        try {
            Dataset envelope = datasetReader.readValue(run.envelopeNode);
            if (envelope != null) {
                run.envelope = envelope;
                run.envelopeProblems.addAll(validator.validateEnvelope(envelope).problems());
            }
        } catch (JsonProcessingException e) {
            run.envelopeProblems.add(StrictJson.problemOf(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode treeOf(JsonParser parser) throws IOException {
        JsonNode node = treeReader.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static String where(JsonParser parser) {
        var location = parser.currentLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
