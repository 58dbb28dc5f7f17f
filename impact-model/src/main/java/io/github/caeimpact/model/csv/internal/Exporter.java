package io.github.caeimpact.model.csv.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.csv.CsvColumn;
import io.github.caeimpact.model.csv.CsvTable;
import io.github.caeimpact.model.json.ImpactJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset as the text of its CSV files, from its JSON document so that each column
 * writes exactly the field it reads.
 */
public final class Exporter {

    /** Trees with exact decimals ({@code 0.0} stays {@code 0.0}) written in plain notation. */
    private static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Exporter() {
    }

    /**
     * Returns the JSON text of an assembled document.
     *
     * @param root the document
     * @return its text, decimals in plain notation
     */
    public static String json(JsonNode root) {
        try {
            return TREES.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    /**
     * Returns the text of each file of a dataset.
     *
     * @param dataset the dataset
     * @param french whether to write French headers, labels, dates and decimal commas, {@code ;}
     *     separators and {@code \r\n} line ends; otherwise English, ISO dates, {@code ,} and {@code \n}
     * @return the text of each of the eight files, in table order
     */
    public static Map<CsvTable, String> write(Dataset dataset, boolean french) {
        JsonNode root;
        try {
            root = TREES.readTree(ImpactJson.writeString(dataset));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library's own JSON always reads", e);
        }
        Map<CsvTable, List<List<String>>> rows = new EnumMap<>(CsvTable.class);
        for (CsvTable table : CsvTable.values()) {
            rows.put(table, new ArrayList<>());
        }
        rows.get(CsvTable.DATASET).add(cells(CsvTable.DATASET, null, root, null, french));
        for (JsonNode organisation : root.path("organisations")) {
            String id = organisation.path("id").asText();
            rows.get(CsvTable.ORGANISATIONS).add(cells(CsvTable.ORGANISATIONS, null, organisation, null, french));
            organisation.path("fundings").forEach(f -> rows.get(CsvTable.FUNDINGS)
                    .add(cells(CsvTable.FUNDINGS, id, f, null, french)));
            organisation.path("supportInputs").forEach(s -> rows.get(CsvTable.SUPPORT)
                    .add(cells(CsvTable.SUPPORT, id, s, null, french)));
        }
        for (JsonNode participant : root.path("participants")) {
            String id = participant.path("id").asText();
            rows.get(CsvTable.PARTICIPANTS).add(cells(CsvTable.PARTICIPANTS, null, participant, null, french));
            participant.path("pathway").path("events").forEach(e -> rows.get(CsvTable.EVENTS)
                    .add(cells(CsvTable.EVENTS, id, e, null, french)));
            participant.path("activity").forEach(a -> rows.get(CsvTable.ACTIVITY)
                    .add(cells(CsvTable.ACTIVITY, id, a, null, french)));
            for (JsonNode survey : participant.path("surveys")) {
                if (survey.path("answers").isEmpty()) {
                    rows.get(CsvTable.ANSWERS).add(cells(CsvTable.ANSWERS, id, null, survey, french));
                }
                survey.path("answers").forEach(a -> rows.get(CsvTable.ANSWERS)
                        .add(cells(CsvTable.ANSWERS, id, a, survey, french)));
            }
        }
        Map<CsvTable, String> texts = new EnumMap<>(CsvTable.class);
        rows.forEach((table, tableRows) -> texts.put(table, text(table, tableRows, french)));
        return texts;
    }

    private static List<String> cells(CsvTable table, String key, JsonNode record, JsonNode survey, boolean french) {
        List<String> cells = new ArrayList<>();
        for (CsvColumn column : table.columns()) {
            if (column.jsonPath() == null) {
                cells.add(key);
            } else if (column.jsonPath().startsWith(CsvTable.SURVEY_PREFIX)) {
                cells.add(Cells.write(column, at(survey, column.jsonPath().substring(CsvTable.SURVEY_PREFIX.length())),
                        french));
            } else {
                cells.add(Cells.write(column, at(record, column.jsonPath()), french));
            }
        }
        return cells;
    }

    private static JsonNode at(JsonNode node, String path) {
        return node == null ? null : node.at("/" + path.replace('.', '/'));
    }

    /**
     * Returns the header row of a file.
     *
     * @param table the file
     * @param french whether to use the French names and separator
     * @return the header line with its line end
     */
    public static String header(CsvTable table, boolean french) {
        return text(table, List.of(), french);
    }

    private static String text(CsvTable table, List<List<String>> rows, boolean french) {
        char separator = french ? ';' : ',';
        String end = french ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder();
        line(text, table.columns().stream().map(c -> french ? c.french() : c.english()).toList(), separator, end);
        rows.forEach(row -> line(text, row, separator, end));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, char separator, String end) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                text.append(separator);
            }
            if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append(end);
    }
}
