package io.github.caeimpact.model.csv.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.Pseudonymizer;
import io.github.caeimpact.model.csv.CsvColumn;
import io.github.caeimpact.model.csv.CsvDataset;
import io.github.caeimpact.model.csv.CsvRuleCodes;
import io.github.caeimpact.model.csv.CsvTable;
import io.github.caeimpact.model.validation.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the JSON dataset document from the CSV files: reads each file's header and cells,
 * links the rows of events, activity, answers, fundings and support to their participant or
 * organisation, and records where each record came from.
 */
public final class Assembler {

    /** One data row read: its record, the id it names in its key column, and whether a cell was wrong. */
    private record Record(CsvTable table, int line, ObjectNode node, String key, boolean damaged) {
    }

    private final Map<CsvTable, Header> headers = new EnumMap<>(CsvTable.class);
    private final Assembly assembly = new Assembly(new SourceMap(headers));
    private final Pseudonymizer pseudonymizer;

    private Assembler(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    /**
     * Assembles a dataset from the files' bytes.
     *
     * @param files the bytes of each file present in the folder
     * @param pseudonymizer turns participant ids into pseudonyms; null to keep them
     * @return the assembly, fatal if no dataset can be made
     */
    public static Assembly assemble(Map<CsvTable, byte[]> files, Pseudonymizer pseudonymizer) {
        Assembler assembler = new Assembler(pseudonymizer);
        Map<CsvTable, List<Record>> records = new EnumMap<>(CsvTable.class);
        for (CsvTable table : CsvTable.values()) {
            byte[] bytes = files.get(table);
            if (bytes == null && !table.optional()) {
                assembler.fatal(Problem.error(table.fileName(), CsvRuleCodes.CSV_FILE_MISSING,
                        "the folder has no " + table.fileName()));
            }
            records.put(table, bytes == null ? List.of() : assembler.records(table, bytes));
        }
        if (!assembler.assembly.fatal) {
            assembler.link(records);
        }
        if (assembler.assembly.fatal) {
            assembler.assembly.root = null;
        }
        return assembler.assembly;
    }

    private void fatal(Problem problem) {
        assembly.problems.add(problem);
        assembly.fatal = true;
    }

    private List<Record> records(CsvTable table, byte[] bytes) {
        CsvText.Content content = CsvText.parse(bytes);
        if (content.failure() != null) {
            fatal(Problem.error(table.fileName() + ":" + content.failureLine(), content.failureCode(), content.failure()));
            return List.of();
        }
        if (content.rows().isEmpty()) {
            fatal(Problem.error(table.fileName(), CsvRuleCodes.CSV_MALFORMED, "the file is empty: it needs a header row"));
            return List.of();
        }
        List<Problem> headerProblems = new ArrayList<>();
        Header header = Header.read(table, content.rows().get(0), headerProblems);
        headers.put(table, header);
        if (!headerProblems.isEmpty()) {
            headerProblems.forEach(this::fatal);
            return List.of();
        }
        List<Record> records = new ArrayList<>();
        for (CsvText.Row row : content.rows().subList(1, content.rows().size())) {
            if (!row.blank()) {
                records.add(record(header, row));
            }
        }
        assembly.read.put(table, records.size());
        return records;
    }

    private Record record(Header header, CsvText.Row row) {
        CsvTable table = header.table();
        List<String> cells = row.cells();
        boolean damaged = false;
        if (cells.size() < header.width()) {
            damaged = problem(table, row.line(), null, CsvRuleCodes.CSV_ROW_LENGTH, "the row has " + cells.size()
                    + " cell(s), the header " + header.width() + ": it is truncated");
        }
        for (int i = header.width(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                damaged = problem(table, row.line(), null, CsvRuleCodes.CSV_ROW_LENGTH, "cell " + (i + 1)
                        + " is beyond the header's " + header.width() + " column(s)");
                break;
            }
        }
        ObjectNode node = Cells.NODES.objectNode();
        String key = null;
        for (CsvColumn column : table.columns()) {
            int index = header.indexOf(column);
            String cell = index >= 0 && index < cells.size() ? cells.get(index) : "";
            if (cell.isBlank()) {
                continue;
            }
            if (cell.length() > CsvDataset.MAX_CELL_LENGTH) {
                damaged = problem(table, row.line(), column, CsvRuleCodes.CSV_CELL_TOO_LONG, "the cell has "
                        + cell.length() + " characters, more than " + CsvDataset.MAX_CELL_LENGTH);
                continue;
            }
            if (column.jsonPath() == null) {
                key = cell;
                continue;
            }
            try {
                set(node, column.jsonPath(), Cells.read(column, cell));
            } catch (Cells.BadCell bad) {
                damaged = problem(table, row.line(), column, bad.code(), bad.getMessage());
            }
        }
        return new Record(table, row.line(), node, key, damaged);
    }

    private boolean problem(CsvTable table, int line, CsvColumn column, String code, String message) {
        assembly.problems.add(Problem.error(assembly.sources.location(table, line, column), code, message));
        return true;
    }

    private static void set(ObjectNode node, String path, JsonNode value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            node.set(path, value);
            return;
        }
        JsonNode child = node.get(path.substring(0, dot));
        ObjectNode object = child instanceof ObjectNode o ? o : node.putObject(path.substring(0, dot));
        set(object, path.substring(dot + 1), value);
    }

    private void link(Map<CsvTable, List<Record>> records) {
        List<Record> datasetRows = records.get(CsvTable.DATASET);
        if (datasetRows.size() != 1) {
            fatal(Problem.error(CsvTable.DATASET.fileName(), CsvRuleCodes.CSV_DATASET_ROWS,
                    "the file must have exactly one row under its header, it has " + datasetRows.size()));
            return;
        }
        Record dataset = datasetRows.get(0);
        ObjectNode root = dataset.node();
        assembly.sources.put("$", CsvTable.DATASET, dataset.line(), "");
        ArrayNode organisations = root.putArray("organisations");
        Map<String, Integer> organisationsById = new HashMap<>();
        boolean damaged = dataset.damaged();
        for (Record record : records.get(CsvTable.ORGANISATIONS)) {
            String path = "$.organisations[" + organisations.size() + "]";
            organisations.add(record.node());
            record.node().putArray("fundings");
            record.node().putArray("supportInputs");
            assembly.sources.put(path, record.table(), record.line(), "");
            String id = record.node().path("id").asText(null);
            if (id != null && organisationsById.putIfAbsent(id, organisations.size() - 1) != null) {
                damaged = problem(record.table(), record.line(), column(CsvTable.ORGANISATIONS, "id"), CsvRuleCodes.CSV_DUPLICATE_KEY,
                        "organisation id '" + id + "' is on an earlier row: its fundings and support cannot be told apart");
            }
            damaged |= record.damaged();
        }
        damaged |= attach(records.get(CsvTable.FUNDINGS), organisationsById, organisations, "fundings");
        damaged |= attach(records.get(CsvTable.SUPPORT), organisationsById, organisations, "supportInputs");
        // Outside the participants nothing can be left out: a damaged row rejects the dataset.
        assembly.fatal |= damaged;
        if (assembly.fatal) {
            return;
        }
        root.set("participants", participants(records));
        assembly.root = root;
    }

    private boolean attach(List<Record> rows, Map<String, Integer> byId, ArrayNode organisations, String field) {
        boolean damaged = false;
        for (Record record : rows) {
            Integer index = record.key() == null ? null : byId.get(record.key());
            if (index == null) {
                damaged = unknownKey(record, "organisation");
                continue;
            }
            ArrayNode list = (ArrayNode) organisations.get(index).get(field);
            assembly.sources.put("$.organisations[" + index + "]." + field + "[" + list.size() + "]",
                    record.table(), record.line(), "");
            list.add(record.node());
            damaged |= record.damaged();
        }
        return damaged;
    }

    private boolean unknownKey(Record record, String what) {
        assembly.orphans.merge(record.table(), 1, Integer::sum);
        return problem(record.table(), record.line(), record.table().columns().get(0), CsvRuleCodes.CSV_UNKNOWN_KEY,
                record.key() == null ? "the row names no " + what
                        : "no " + what + " has the id '" + record.key() + "' in its file");
    }

    private ArrayNode participants(Map<CsvTable, List<Record>> records) {
        ArrayNode participants = Cells.NODES.arrayNode();
        Map<String, Integer> indexById = new HashMap<>();
        Map<String, Integer> lineById = new HashMap<>();
        for (Record record : records.get(CsvTable.PARTICIPANTS)) {
            int index = participants.size();
            String path = "$.participants[" + index + "]";
            ObjectNode node = record.node();
            node.putObject("pathway").putArray("events");
            node.putArray("activity");
            node.putArray("surveys");
            participants.add(node);
            assembly.sources.put(path, record.table(), record.line(), "");
            Assembly.ParticipantRows rows = new Assembly.ParticipantRows();
            rows.add(CsvTable.PARTICIPANTS);
            assembly.participants.add(rows);
            if (record.damaged()) {
                rows.damage();
            }
            String id = node.path("id").asText(null);
            if (id == null) {
                continue;
            }
            Integer first = indexById.putIfAbsent(id, index);
            if (first != null) {
                problem(record.table(), record.line(), column(CsvTable.PARTICIPANTS, "id"), CsvRuleCodes.CSV_DUPLICATE_KEY,
                        "participant id '" + id + "' is also on line " + lineById.get(id)
                                + ": its events, activity and answers cannot be told apart");
                rows.damage();
                assembly.participants.get(first).damage();
            } else {
                lineById.put(id, record.line());
            }
            if (pseudonymizer != null) {
                node.put("id", pseudonymizer.pseudonymize(id));
            }
        }
        for (Record record : records.get(CsvTable.EVENTS)) {
            child(record, indexById, participants, "pathway.events");
        }
        for (Record record : records.get(CsvTable.ACTIVITY)) {
            child(record, indexById, participants, "activity");
        }
        List<Map<String, Integer>> responses = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            responses.add(new LinkedHashMap<>());
        }
        for (Record record : records.get(CsvTable.ANSWERS)) {
            answer(record, indexById, participants, responses);
        }
        return participants;
    }

    private void child(Record record, Map<String, Integer> indexById, ArrayNode participants, String field) {
        Integer index = record.key() == null ? null : indexById.get(record.key());
        if (index == null) {
            unknownKey(record, "participant");
            return;
        }
        ArrayNode list = (ArrayNode) participants.get(index).at("/" + field.replace('.', '/'));
        assembly.sources.put("$.participants[" + index + "]." + field + "[" + list.size() + "]", record.table(),
                record.line(), "");
        list.add(record.node());
        own(record, index);
    }

    private void own(Record record, int index) {
        Assembly.ParticipantRows rows = assembly.participants.get(index);
        rows.add(record.table());
        if (record.damaged()) {
            rows.damage();
        }
    }

    private void answer(Record record, Map<String, Integer> indexById, ArrayNode participants,
            List<Map<String, Integer>> responses) {
        Integer index = record.key() == null ? null : indexById.get(record.key());
        if (index == null) {
            unknownKey(record, "participant");
            return;
        }
        ObjectNode row = record.node();
        JsonNode survey = row.remove("survey");
        ObjectNode fields = survey instanceof ObjectNode o ? o : Cells.NODES.objectNode();
        String responseKey = fields.toString();
        ArrayNode surveys = (ArrayNode) participants.get(index).get("surveys");
        Integer position = responses.get(index).get(responseKey);
        if (position == null) {
            ObjectNode response = fields.deepCopy();
            response.putArray("answers");
            position = surveys.size();
            assembly.sources.put("$.participants[" + index + "].surveys[" + position + "]", record.table(),
                    record.line(), CsvTable.SURVEY_PREFIX);
            responses.get(index).put(responseKey, position);
            surveys.add(response);
        }
        if (!row.isEmpty()) {
            ArrayNode answers = (ArrayNode) surveys.get(position).get("answers");
            assembly.sources.put("$.participants[" + index + "].surveys[" + position + "].answers[" + answers.size()
                    + "]", record.table(), record.line(), "");
            answers.add(row);
        }
        own(record, index);
    }

    private static CsvColumn column(CsvTable table, String english) {
        return table.columns().stream().filter(c -> c.english().equals(english)).findFirst().orElseThrow();
    }
}
