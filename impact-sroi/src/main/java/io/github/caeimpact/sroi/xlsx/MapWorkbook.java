package io.github.caeimpact.sroi.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Converts an impact map between its JSON document and an {@code .xlsx} workbook laid out like the
 * SROI Guide's impact map: a sheet {@code Impact map} with one row per outcome (stakeholder,
 * outcome, description, indicator, quantity, duration, financial proxy and its value, unit, base
 * year and source, deadweight, displacement, attribution, leakage, drop-off, evidence), sheets
 * {@code Stakeholders} and {@code Inputs}, and a sheet {@code Settings} for the other fields
 * (name, analysis year, discounting...). Fields without a known header, such as the parameters of
 * a distribution, have a column named by their JSON path ({@code deadweight.mode}).
 *
 * <p>The conversion works on the JSON tree only: the map reader
 * ({@code io.github.caeimpact.sroi.ImpactMaps}) checks the tree read from a workbook, and
 * {@link WorkbookMap#relocate(ValidationReport)} turns the JSON paths of its problems into
 * sheet, row and column, such as {@code Impact map!O3 (Deadweight)}. Numbers keep their exact
 * decimal text; a formula cell gives its cached value. Reading then writing keeps every field:
 * JSON → xlsx → JSON gives an equal tree (nulls and empty lists left out). The class is
 * thread-safe.
 */
public final class MapWorkbook {

    /** The workbook cannot be opened as {@code .xlsx}. */
    public static final String XLSX_MALFORMED = "XLSX_MALFORMED";
    /** A sheet the map needs is missing. */
    public static final String XLSX_SHEET_MISSING = "XLSX_SHEET_MISSING";
    /** A header is neither a known one nor a JSON path. */
    public static final String XLSX_COLUMN_UNKNOWN = "XLSX_COLUMN_UNKNOWN";
    /** A cell holds an error ({@code #DIV/0!}) or a formula without a value, or clashes with another cell. */
    public static final String XLSX_CELL_INVALID = "XLSX_CELL_INVALID";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WHAT = "impact map workbook";

    private MapWorkbook() {
    }

    /**
     * Writes a map's JSON document as a workbook; the same document gives the same bytes (the
     * workbook's creation date and its entries' times are 1980-01-01T00:00:00Z, not the time of writing).
     *
     * @param map the map's JSON document (an object with {@code outcomes}), not null
     * @param out where to write, not null; not closed
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(JsonNode map, OutputStream out) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(out, "out");
        try {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(written, "cae-impact", "1.0");
            for (MapSheet sheet : List.of(MapSheet.OUTCOMES, MapSheet.STAKEHOLDERS, MapSheet.INPUTS)) {
                writeArray(workbook.newWorksheet(sheet.title()), sheet, map.path(sheet.field()));
            }
            Worksheet settings = workbook.newWorksheet(MapSheet.SETTINGS.title());
            settings.value(0, 0, "Field");
            settings.value(0, 1, "Value");
            ObjectNode rest = map.deepCopy();
            rest.remove(MapSheet.arrays().keySet());
            int row = 1;
            for (Map.Entry<String, JsonNode> leaf : JsonPaths.leaves(rest).entrySet()) {
                settings.value(row, 0, leaf.getKey());
                cell(settings, row++, 1, leaf.getValue());
            }
            workbook.finish();
            StableZip.copy(written.toByteArray(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeArray(Worksheet worksheet, MapSheet sheet, JsonNode records) {
        Set<String> paths = new LinkedHashSet<>(sheet.knownPaths());
        List<Map<String, JsonNode>> rows = new ArrayList<>();
        for (JsonNode record : records) {
            Map<String, JsonNode> leaves = JsonPaths.leaves(record);
            paths.addAll(leaves.keySet());
            rows.add(leaves);
        }
        List<String> columns = List.copyOf(paths);
        for (int c = 0; c < columns.size(); c++) {
            worksheet.value(0, c, sheet.header(columns.get(c)));
        }
        worksheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                JsonNode value = rows.get(r).get(columns.get(c));
                if (value != null) {
                    cell(worksheet, r + 1, c, value);
                }
            }
        }
    }

    private static void cell(Worksheet worksheet, int row, int column, JsonNode value) {
        if (value.isNumber()) {
            worksheet.value(row, column, value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue());
        } else if (value.isBoolean()) {
            worksheet.value(row, column, value.booleanValue());
        } else {
            worksheet.value(row, column, value.asText());
        }
    }

    /**
     * Reads a workbook into the map's JSON document, remembering where each field came from.
     *
     * @param in the workbook, not null; not closed
     * @return the document and its locations
     * @throws InvalidInputException if the workbook is not {@code .xlsx}, lacks the impact map
     *     sheet, or has an unknown header or an unreadable cell; each problem names its sheet, row
     *     and column
     * @throws UncheckedIOException if the stream fails
     */
    public static WorkbookMap read(InputStream in) {
        Objects.requireNonNull(in, "in");
        List<Problem> problems = new ArrayList<>();
        WorkbookMap located = new WorkbookMap();
        ObjectNode map = NODES.objectNode();
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Optional<Sheet> settings = workbook.findSheet(MapSheet.SETTINGS.title());
            if (settings.isPresent()) {
                readSettings(settings.get(), map, located, problems);
            }
            for (MapSheet sheet : List.of(MapSheet.STAKEHOLDERS, MapSheet.INPUTS, MapSheet.OUTCOMES)) {
                Optional<Sheet> found = workbook.findSheet(sheet.title());
                if (found.isPresent()) {
                    map.set(sheet.field(), readArray(found.get(), sheet, located, problems));
                } else if (sheet == MapSheet.OUTCOMES) {
                    problems.add(Problem.error(sheet.title(), XLSX_SHEET_MISSING, "the workbook has no sheet '"
                            + sheet.title() + "'"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The bytes are in memory: a failure here is about their content (not a zip, no workbook part, bad XML).
            problems.add(Problem.error("workbook", XLSX_MALFORMED, "not a readable .xlsx workbook: " + e.getMessage()));
        }
        new ValidationReport(problems).throwIfInvalid(WHAT);
        located.json = map;
        return located;
    }

    private static void readSettings(Sheet sheet, ObjectNode map, WorkbookMap located, List<Problem> problems)
            throws IOException {
        for (Row row : sheet.read()) {
            String field = text(row, 0);
            if (row.getRowNum() == 1 || field.isEmpty()) {
                continue;
            }
            String where = WorkbookMap.cell(MapSheet.SETTINGS.title(), row.getRowNum(), 1, field);
            if (!JsonPaths.PATH.matcher(field).matches() || MapSheet.arrays().containsKey(field.split("[.\\[]")[0])) {
                problems.add(Problem.error(WorkbookMap.cell(MapSheet.SETTINGS.title(), row.getRowNum(), 0, null),
                        XLSX_COLUMN_UNKNOWN, "'" + field + "' is not the JSON path of a field of the map"));
                continue;
            }
            JsonNode value = value(row, 1, where, problems);
            located.settings.put(field, row.getRowNum());
            if (value != null) {
                String clash = JsonPaths.set(map, field, value);
                if (clash != null) {
                    problems.add(Problem.error(where, XLSX_CELL_INVALID, clash));
                }
            }
        }
    }

    private static ArrayNode readArray(Sheet sheet, MapSheet kind, WorkbookMap located, List<Problem> problems)
            throws IOException {
        ArrayNode records = NODES.arrayNode();
        List<Row> rows = sheet.read();
        if (rows.isEmpty()) {
            return records;
        }
        Row header = rows.get(0);
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < header.getCellCount(); c++) {
            String text = text(header, c);
            String path = text.isEmpty() ? null : kind.pathOf(text);
            if (!text.isEmpty() && path == null) {
                path = JsonPaths.PATH.matcher(text).matches() ? text : null;
                if (path == null) {
                    problems.add(Problem.error(WorkbookMap.cell(kind.title(), header.getRowNum(), c, text),
                            XLSX_COLUMN_UNKNOWN, "column '" + text + "' is neither a column of the sheet ("
                                    + kind.knownPaths().stream().map(kind::header).toList() + ") nor a JSON path"));
                }
            }
            paths.add(path);
        }
        located.columns.put(kind.field(), paths);
        located.headers.put(kind.field(), header.getRowNum());
        for (Row row : rows.subList(1, rows.size())) {
            ObjectNode record = NODES.objectNode();
            for (int c = 0; c < Math.min(row.getCellCount(), paths.size()); c++) {
                String path = paths.get(c);
                String where = WorkbookMap.cell(kind.title(), row.getRowNum(), c, path == null ? null : kind.header(path));
                JsonNode value = value(row, c, where, problems);
                if (value != null && path == null) {
                    problems.add(Problem.error(where, XLSX_COLUMN_UNKNOWN, "a value under no column"));
                } else if (value != null) {
                    String clash = JsonPaths.set(record, path, value);
                    if (clash != null) {
                        problems.add(Problem.error(where, XLSX_CELL_INVALID, clash));
                    }
                }
            }
            if (!record.isEmpty()) {
                located.rows.computeIfAbsent(kind.field(), f -> new ArrayList<>()).add(row.getRowNum());
                records.add(record);
            }
        }
        return records;
    }

    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(Cell::getText).map(String::strip).orElse("");
    }

    /** Returns the JSON value of a cell, null if empty; an unreadable cell adds a problem. */
    private static JsonNode value(Row row, int column, String where, List<Problem> problems) {
        Optional<Cell> found = row.getOptionalCell(column);
        if (found.isEmpty() || found.get().getType() == CellType.EMPTY) {
            return null;
        }
        Cell cell = found.get();
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case STRING -> raw == null || cell.asString().isEmpty() ? null : NODES.textNode(cell.asString());
            case BOOLEAN -> NODES.booleanNode(cell.asBoolean());
            case NUMBER -> number(raw);
            case FORMULA -> {
                if (raw == null || raw.isEmpty()) {
                    problems.add(Problem.error(where, XLSX_CELL_INVALID, "formula " + cell.getFormula()
                            + " has no computed value: open and save the workbook in a spreadsheet"));
                    yield null;
                }
                yield isNumber(raw) ? number(raw) : NODES.textNode(raw);
            }
            default -> {
                problems.add(Problem.error(where, XLSX_CELL_INVALID, "the cell holds an error: " + raw));
                yield null;
            }
        };
    }

    private static boolean isNumber(String raw) {
        return raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    private static JsonNode number(String raw) {
        BigDecimal value = new BigDecimal(raw);
        if (!raw.matches("-?\\d+")) {
            return DecimalNode.valueOf(value);
        }
        // As a JSON parser reads integers: int, then long, then big integer.
        BigInteger integer = value.toBigIntegerExact();
        if (integer.bitLength() < 32) {
            return NODES.numberNode(integer.intValue());
        }
        return integer.bitLength() < 64 ? NODES.numberNode(integer.longValue()) : NODES.numberNode(integer);
    }
}
