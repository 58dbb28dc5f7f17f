package io.github.caeimpact.model.json;

import io.github.caeimpact.model.json.internal.StrictJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.json.internal.DocumentReader;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads and writes datasets in the CAE-IMPACT JSON format.
 *
 * <p>A dataset document looks like this (the published JSON Schema,
 * {@code io/github/caeimpact/model/dataset.schema.json} on the class path, describes every field):
 *
 * <pre>{@code
 * {
 *   "schemaVersion" : "1.0",
 *   "referenceDate" : "2025-12-31",
 *   "period" : { "start" : "2025-01-01", "end" : "2025-12-31" },
 *   "organisations" : [ {
 *     "id" : "cae-1", "name" : "Coopérative Exemple", "kind" : "CAE", "legalForm" : "SCOP",
 *     "territory" : { "communeCode" : "67482", "departementCode" : "67", "regionCode" : "44",
 *                     "areaType" : "URBAN", "priorityUrbanArea" : false },
 *     "sectors" : [ "70.22Z" ], "foundedOn" : "2004-03-01",
 *     "fundings" : [ { "funder" : "EPCI", "amount" : 40000,
 *                      "period" : { "start" : "2025-01-01", "end" : "2025-12-31" } } ],
 *     "supportInputs" : [ ]
 *   } ],
 *   "participants" : [ {
 *     "id" : "3f6b0c1e9a2d4b7c8e5f1a2b3c4d5e6f", "organisationId" : "cae-1",
 *     "relationship" : "ENTREPRENEUR", "birthYear" : 1984, "gender" : "WOMAN",
 *     "entrySituation" : { "status" : "UNEMPLOYED", "unemployedMonths" : 14, "minimumIncome" : true },
 *     "pathway" : { "events" : [
 *       { "type" : "CAPE_START", "date" : "2024-02-05" },
 *       { "type" : "CESA_SIGNED", "date" : "2025-01-06" } ] },
 *     "activity" : [ { "year" : 2025, "turnover" : 38000.00, "grossPay" : 19800.00, "fte" : 0.8,
 *       "employerContributions" : 5900.00, "employeeContributions" : 4350.00,
 *       "cooperativeContribution" : 3800.00, "trainings" : 2, "supportInterviews" : 4,
 *       "generalMeetingsAttended" : 1, "generalMeetingsHeld" : 1 } ],
 *     "surveys" : [ ]
 *   } ]
 * }
 * }</pre>
 *
 * <p>Reading is strict ({@link StrictJson}): unknown fields, wrong types, numbers written as
 * strings and documents beyond the {@link JsonLimits} are errors. A leading byte order mark is
 * skipped, whether the document comes as bytes, a string or a reader. At most
 * {@link ValidationReport#MAX_PROBLEMS} problems are kept, then one {@code PROBLEMS_OMITTED}
 * problem counts the others; a lenient read lists at most that many rejected participants and
 * counts them all. Optional fields may be left out
 * (they read as null, lists as empty); a required field left out is reported by the
 * {@link io.github.caeimpact.model.validation.DatasetValidator} rules ({@code FIELD_REQUIRED}),
 * or, for a required number or boolean, as {@code JSON_MISSING_FIELD}. Every read is validated
 * with the {@link io.github.caeimpact.model.validation.DatasetValidator}; all problems are
 * collected, each with its JSON path, rule code and message. Each participant is bound on its
 * own, so a type error inside one participant reports that participant's first type error and
 * reading goes on with the next one. Malformed JSON (a syntax error, truncation, a limit
 * exceeded) cannot be resynchronised: reading stops there.
 *
 * <p>The readers throw {@link InvalidInputException} for any bad input, and nothing else for
 * bad input; a failure of the underlying stream itself (an {@link IOException} that is not about
 * the JSON) is rethrown as an {@link UncheckedIOException}. Readers and writers never close the
 * stream they are given.
 *
 * <p>Writing is deterministic: fields in the order of the record components, null fields left
 * out, decimals in plain notation as held (the scale is kept: {@code 1.50} stays {@code 1.50}),
 * two-space indentation, {@code \n} line ends and a final {@code \n}, UTF-8. Writing then reading
 * gives an equal dataset, and writing it again gives the same bytes.
 *
 * <p>The class is thread-safe.
 */
public final class ImpactJson {

    private static final String WHAT = "dataset";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final ObjectMapper DEFAULT_MAPPER = configure(JsonLimits.DEFAULT);

    private ImpactJson() {
    }

    private static ObjectMapper configure(JsonLimits limits) {
        ObjectMapper mapper = StrictJson.mapper(limits);
        // Absent fields read as null so that the validator reports every missing field at once.
        mapper.configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);
        mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }

    private static ObjectMapper mapper(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(JsonLimits.DEFAULT) ? DEFAULT_MAPPER : configure(limits);
    }

    /**
     * Reads and validates a dataset, rejecting it if anything is wrong. Warnings do not reject and
     * are not returned; {@link #readLenient(String)} returns them.
     *
     * @param json the document, not null
     * @return the dataset
     * @throws InvalidInputException if the document is malformed or breaks any rule (warnings do
     *     not reject); it carries every problem found
     */
    public static Dataset read(String json) {
        Objects.requireNonNull(json, "json");
        return strict(() -> DEFAULT_MAPPER.createParser(withoutByteOrderMark(json)), DEFAULT_MAPPER, JsonLimits.DEFAULT);
    }

    /**
     * Reads and validates a dataset from characters, rejecting it if anything is wrong.
     *
     * @param json the document, not null; not closed
     * @return the dataset
     * @throws InvalidInputException if the document is malformed or breaks any rule
     * @throws UncheckedIOException if the reader fails
     */
    public static Dataset read(Reader json) {
        Objects.requireNonNull(json, "json");
        return strict(() -> DEFAULT_MAPPER.createParser(withoutByteOrderMark(json)), DEFAULT_MAPPER, JsonLimits.DEFAULT);
    }

    /**
     * Reads and validates a dataset from bytes (UTF-8, or UTF-16/32 as detected), rejecting it if
     * anything is wrong.
     *
     * @param json the document, not null; not closed
     * @return the dataset
     * @throws InvalidInputException if the document is malformed or breaks any rule
     * @throws UncheckedIOException if the stream fails
     */
    public static Dataset read(InputStream json) {
        return read(json, JsonLimits.DEFAULT);
    }

    /**
     * Reads and validates a dataset from bytes with other size limits.
     *
     * @param json the document, not null; not closed
     * @param limits the size limits, not null
     * @return the dataset
     * @throws InvalidInputException if the document is malformed or breaks any rule
     * @throws UncheckedIOException if the stream fails
     */
    public static Dataset read(InputStream json, JsonLimits limits) {
        Objects.requireNonNull(json, "json");
        ObjectMapper mapper = mapper(limits);
        return strict(() -> mapper.createParser(json), mapper, limits);
    }

    /**
     * Reads a dataset keeping the valid participants and reporting each rejected one.
     *
     * @param json the document, not null
     * @return the accepted dataset, the problems and the account of rejected participants
     * @throws InvalidInputException if the dataset itself (anything outside the participants:
     *     format version, dates, organisations, the document's structure) is malformed or invalid
     */
    public static ReadResult readLenient(String json) {
        Objects.requireNonNull(json, "json");
        return lenient(() -> DEFAULT_MAPPER.createParser(withoutByteOrderMark(json)), DEFAULT_MAPPER, JsonLimits.DEFAULT);
    }

    /**
     * Reads a dataset from characters keeping the valid participants and reporting each rejected
     * one.
     *
     * @param json the document, not null; not closed
     * @return the accepted dataset, the problems and the account of rejected participants
     * @throws InvalidInputException if the dataset itself is malformed or invalid
     * @throws UncheckedIOException if the reader fails
     */
    public static ReadResult readLenient(Reader json) {
        Objects.requireNonNull(json, "json");
        return lenient(() -> DEFAULT_MAPPER.createParser(withoutByteOrderMark(json)), DEFAULT_MAPPER, JsonLimits.DEFAULT);
    }

    /**
     * Reads a dataset from bytes keeping the valid participants and reporting each rejected one.
     *
     * @param json the document, not null; not closed
     * @return the accepted dataset, the problems and the account of rejected participants
     * @throws InvalidInputException if the dataset itself is malformed or invalid
     * @throws UncheckedIOException if the stream fails
     */
    public static ReadResult readLenient(InputStream json) {
        return readLenient(json, JsonLimits.DEFAULT);
    }

    /**
     * Reads a dataset from bytes with other size limits, keeping the valid participants.
     *
     * @param json the document, not null; not closed
     * @param limits the size limits, not null
     * @return the accepted dataset, the problems and the account of rejected participants
     * @throws InvalidInputException if the dataset itself is malformed or invalid
     * @throws UncheckedIOException if the stream fails
     */
    public static ReadResult readLenient(InputStream json, JsonLimits limits) {
        Objects.requireNonNull(json, "json");
        ObjectMapper mapper = mapper(limits);
        return lenient(() -> mapper.createParser(json), mapper, limits);
    }

    /**
     * Reads participants one by one without holding the document, handing each valid participant
     * to a consumer as soon as it is checked; invalid ones are reported, not handed over.
     *
     * <p>The dataset's own fields ({@code schemaVersion}, {@code referenceDate}, {@code period},
     * {@code organisations}) must come before {@code participants}, as {@link #write} writes them.
     * Memory holds one participant's tree and the set of participant ids seen (to find
     * duplicates). Problems found after the participants (such as trailing content) are in the
     * result's report, since participants were already handed over. An exception thrown by the
     * consumer stops the read and propagates unchanged.
     *
     * @param json the document, not null; not closed
     * @param consumer receives each accepted participant, in document order
     * @return the account of the read; its dataset holds the dataset's own fields and no
     *     participant
     * @throws InvalidInputException if the dataset's own fields are malformed, invalid, or not
     *     before the participants; then no participant was handed over
     * @throws UncheckedIOException if the stream fails
     */
    public static ReadResult streamParticipants(InputStream json, Consumer<Participant> consumer) {
        return streamParticipants(json, JsonLimits.DEFAULT, consumer);
    }

    /**
     * Reads participants one by one with other size limits; see
     * {@link #streamParticipants(InputStream, Consumer)}.
     *
     * @param json the document, not null; not closed
     * @param limits the size limits, not null
     * @param consumer receives each accepted participant, in document order
     * @return the account of the read; its dataset holds no participant
     * @throws InvalidInputException if the dataset's own fields are malformed, invalid, or not
     *     before the participants
     * @throws UncheckedIOException if the stream fails
     */
    public static ReadResult streamParticipants(InputStream json, JsonLimits limits, Consumer<Participant> consumer) {
        return streamParticipants(json, limits, header -> { }, consumer);
    }

    /**
     * Reads a dataset's own fields and then its participants in one pass, without holding the
     * document: the header consumer receives the dataset's own fields (a dataset without
     * participants) once they are read and valid, before the first participant is handed over, so
     * that a caller can set itself up from them; see {@link #streamParticipants(InputStream, Consumer)}.
     *
     * @param json the document, not null; not closed
     * @param limits the size limits, not null
     * @param header receives the dataset's own fields, once, before any participant
     * @param consumer receives each accepted participant, in document order
     * @return the account of the read; its dataset holds no participant
     * @throws InvalidInputException if the dataset's own fields are malformed, invalid, or not
     *     before the participants; then neither consumer was called
     * @throws UncheckedIOException if the stream fails
     */
    public static ReadResult streamParticipants(InputStream json, JsonLimits limits, Consumer<Dataset> header,
            Consumer<Participant> consumer) {
        return streamParticipants(json, limits, header, (participant, path) -> List.of(), consumer);
    }

    /**
     * Reads a dataset's own fields and then its participants in one pass, as
     * {@link #streamParticipants(InputStream, JsonLimits, Consumer, Consumer)} does, with further
     * rules applied to each participant after the dataset rules (such as survey answers checked
     * against their instruments): an error among their problems rejects the participant, and is
     * listed in the account like any other.
     *
     * @param json the document, not null; not closed
     * @param limits the size limits, not null
     * @param header receives the dataset's own fields, once, before any participant
     * @param rules further rules, given a participant and its JSON path (such as
     *     {@code $.participants[3]}); their problems carry paths from {@code $}
     * @param consumer receives each accepted participant, in document order
     * @return the account of the read; its dataset holds no participant
     * @throws InvalidInputException if the dataset's own fields are malformed, invalid, or not
     *     before the participants; then neither consumer was called
     * @throws UncheckedIOException if the stream fails
     */
    public static ReadResult streamParticipants(InputStream json, JsonLimits limits, Consumer<Dataset> header,
            BiFunction<Participant, String, List<Problem>> rules, Consumer<Participant> consumer) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(consumer, "consumer");
        ObjectMapper mapper = mapper(limits);
        DocumentReader.Outcome outcome;
        try (JsonParser parser = open(() -> mapper.createParser(json))) {
            outcome = new DocumentReader(mapper, limits).stream(parser, header, rules, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!outcome.envelopeUsable() && outcome.read() == 0) {
            throw new InvalidInputException(WHAT, new ValidationReport(outcome.allProblems()));
        }
        Dataset envelope = outcome.envelope() != null ? outcome.envelope()
                : Dataset.of(null, null, List.of(), List.of());
        return result(outcome, envelope);
    }

    /**
     * Writes a dataset to bytes, UTF-8, deterministically.
     *
     * @param dataset the dataset, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(Dataset dataset, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = DEFAULT_MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            write(dataset, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a dataset to characters, deterministically.
     *
     * @param dataset the dataset, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if the writer fails
     */
    public static void write(Dataset dataset, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = DEFAULT_MAPPER.createGenerator(out)) {
            write(dataset, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a dataset to a string, deterministically.
     *
     * @param dataset the dataset, not null
     * @return the document, ending with {@code \n}
     */
    public static String writeString(Dataset dataset) {
        StringWriter out = new StringWriter();
        write(dataset, out);
        return out.toString();
    }

    private static void write(Dataset dataset, JsonGenerator generator) throws IOException {
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DEFAULT_MAPPER.writerWithDefaultPrettyPrinter().writeValue(generator, dataset);
        generator.writeRaw('\n');
        generator.flush();
    }

    /** Opens a parser; a Jackson factory method that may throw. */
    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /**
     * Opens a parser; bytes whose encoding cannot be detected (such as {@code 00 00 7B 00}, an
     * impossible UCS-4 order) are malformed input, not a failure of the stream.
     */
    private static JsonParser open(ParserSource source) throws IOException {
        JsonParser parser;
        try {
            parser = source.open();
        } catch (CharConversionException e) {
            throw new InvalidInputException(WHAT, new ValidationReport(List.of(StrictJson.notText(e, null))));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(WHAT, new ValidationReport(List.of(StrictJson.problemOf(e))));
        }
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return parser;
    }

    /**
     * Drops a leading byte order mark, which a parser of bytes skips but a parser of characters
     * does not: a document reads the same from bytes, a string or a reader.
     */
    private static String withoutByteOrderMark(String json) {
        return json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
    }

    private static Reader withoutByteOrderMark(Reader json) throws IOException {
        PushbackReader reader = new PushbackReader(json, 1);
        int first = reader.read();
        if (first >= 0 && first != BYTE_ORDER_MARK.charAt(0)) {
            reader.unread(first);
        }
        return reader;
    }

    private static DocumentReader.Outcome readAll(ParserSource source, ObjectMapper mapper, JsonLimits limits) {
        try (JsonParser parser = open(source)) {
            return new DocumentReader(mapper, limits).readAll(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset strict(ParserSource source, ObjectMapper mapper, JsonLimits limits) {
        DocumentReader.Outcome outcome = readAll(source, mapper, limits);
        ValidationReport report = new ValidationReport(outcome.allProblems());
        if (!report.isValid() || outcome.envelope() == null) {
            throw new InvalidInputException(WHAT, withFallback(report));
        }
        return outcome.envelope().withParticipants(outcome.accepted());
    }

    private static ReadResult lenient(ParserSource source, ObjectMapper mapper, JsonLimits limits) {
        DocumentReader.Outcome outcome = readAll(source, mapper, limits);
        if (!outcome.envelopeUsable()) {
            throw new InvalidInputException(WHAT, withFallback(new ValidationReport(outcome.allProblems())));
        }
        return result(outcome, outcome.envelope().withParticipants(outcome.accepted()));
    }

    private static ReadResult result(DocumentReader.Outcome outcome, Dataset dataset) {
        return new ReadResult(dataset, new ValidationReport(outcome.allProblems()), outcome.read(),
                outcome.acceptedCount(), outcome.rejectedCount(), outcome.rejected(), outcome.complete());
    }

    /** An unusable dataset always carries at least one error to explain it. */
    private static ValidationReport withFallback(ValidationReport report) {
        return report.isValid()
                ? report.and(new ValidationReport(List.of(Problem.error("$", RuleCodes.JSON_INVALID, "no dataset could be read"))))
                : report;
    }
}
