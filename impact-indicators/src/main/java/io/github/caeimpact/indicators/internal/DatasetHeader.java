package io.github.caeimpact.indicators.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.json.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset's own fields, read from the head of a dataset file without reading its participants,
 * so that a measurement can start before the participants are streamed. Only a first look: the
 * model's {@code ImpactJson} checks the same fields strictly when it streams the participants.
 *
 * @param referenceDate the reference date
 * @param period the period
 * @param organisations the organisations
 */
public record DatasetHeader(LocalDate referenceDate, Period period, List<Organisation> organisations) {

    /**
     * Copies the organisations, so that the header cannot change after it is read.
     *
     * @param referenceDate the reference date
     * @param period the period
     * @param organisations the organisations
     */
    public DatasetHeader {
        organisations = List.copyOf(organisations);
    }

    /**
     * Reads the fields before {@code participants}.
     *
     * @param in the dataset JSON; read only up to the participants, not closed
     * @return the header
     * @throws InvalidInputException if the head is malformed or lacks a field (with its JSON path)
     * @throws UncheckedIOException if the stream fails
     */
    public static DatasetHeader read(InputStream in) {
        ObjectMapper mapper = StrictJson.mapper();
        ObjectReader fields = mapper.reader()
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        LocalDate referenceDate = null;
        Period period = null;
        List<Organisation> organisations = null;
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("$", "a dataset is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (field.equals("participants")) {
                    break;
                }
                parser.nextToken();
                switch (field) {
                    // Reading a value in the middle of the document: the rest of the document is not trailing content.
                    // Optional fields may be left out, as ImpactJson writes them; ImpactJson validates these fields again
                    // on the second pass and rejects the file before any participant is measured.
                    case "referenceDate" -> referenceDate = readField(parser, fields.forType(LocalDate.class), field);
                    case "period" -> period = readField(parser, fields.forType(Period.class), field);
                    case "organisations" -> organisations = readField(parser,
                            fields.forType(new TypeReference<List<Organisation>>() { }), field);
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException malformed) {
            throw new InvalidInputException("dataset", ValidationReport.of(List.of(StrictJson.problemOf(malformed))));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        List<Problem> problems = new ArrayList<>();
        if (referenceDate == null) {
            problems.add(Problem.error("$.referenceDate", "MISSING", "referenceDate must come before participants"));
        }
        if (period == null) {
            problems.add(Problem.error("$.period", "MISSING", "period must come before participants"));
        }
        if (organisations == null) {
            problems.add(Problem.error("$.organisations", "MISSING", "organisations must come before participants"));
        }
        ValidationReport.of(problems).throwIfInvalid("dataset");
        return new DatasetHeader(referenceDate, period, organisations);
    }

    private static InvalidInputException invalid(String path, String message) {
        return new InvalidInputException("dataset", ValidationReport.of(List.of(Problem.error(path, "JSON_WRONG_TYPE", message))));
    }

    /** Reads one field's value, locating a failure under the field's path. */
    private static <T> T readField(JsonParser parser, ObjectReader reader, String field) throws IOException {
        try {
            return reader.readValue(parser);
        } catch (JsonProcessingException malformed) {
            throw new InvalidInputException("dataset",
                    ValidationReport.of(List.of(StrictJson.problemOf(malformed).under("$." + field))));
        }
    }
}
