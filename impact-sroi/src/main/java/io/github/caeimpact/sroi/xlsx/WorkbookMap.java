package io.github.caeimpact.sroi.xlsx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An impact map read from a workbook: its JSON document, and where each field came from so that
 * the problems the map reader finds at JSON paths can be reported at sheet, row and column.
 */
public final class WorkbookMap {

    private static final Pattern ARRAY_RECORD = Pattern.compile("^\\$\\.(\\w+)\\[(\\d+)](.*)$");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    ObjectNode json;
    final Map<String, Integer> settings = new HashMap<>();
    final Map<String, List<String>> columns = new HashMap<>();
    final Map<String, Integer> headers = new HashMap<>();
    final Map<String, List<Integer>> rows = new HashMap<>();

    WorkbookMap() {
    }

    /**
     * Returns the map's JSON document.
     *
     * @return a copy of the document
     */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /**
     * Returns where a JSON path of the document came from.
     *
     * @param jsonPath a path such as {@code $.outcomes[2].deadweight}, not null
     * @return the location, such as {@code Impact map!O4 (Deadweight)}; the sheet or row alone when
     *     no cell holds the path; the path itself when nothing does
     */
    public String locate(String jsonPath) {
        Objects.requireNonNull(jsonPath, "jsonPath");
        Matcher record = ARRAY_RECORD.matcher(jsonPath);
        if (record.matches() && MapSheet.arrays().containsKey(record.group(1))) {
            MapSheet sheet = MapSheet.arrays().get(record.group(1));
            int index = Integer.parseInt(record.group(2));
            List<Integer> sheetRows = rows.getOrDefault(sheet.field(), List.of());
            if (index >= sheetRows.size()) {
                return sheet.title();
            }
            String field = record.group(3).startsWith(".") ? record.group(3).substring(1) : record.group(3);
            int column = column(columns.getOrDefault(sheet.field(), List.of()), field);
            return column < 0 ? sheet.title() + "!" + sheetRows.get(index)
                    : cell(sheet.title(), sheetRows.get(index), column, sheet.header(columns.get(sheet.field()).get(column)));
        }
        if (!jsonPath.startsWith("$.")) {
            return jsonPath.equals("$") ? MapSheet.SETTINGS.title() : jsonPath;
        }
        String top = jsonPath.substring(2).split("[.\\[]")[0];
        if (MapSheet.arrays().containsKey(top)) {
            return MapSheet.arrays().get(top).title();
        }
        String field = jsonPath.substring(2);
        for (Map.Entry<String, Integer> setting : settings.entrySet()) {
            if (setting.getKey().equals(field)) {
                return cell(MapSheet.SETTINGS.title(), setting.getValue(), 1, "Value");
            }
        }
        return settings.entrySet().stream().filter(s -> s.getKey().startsWith(field + ".") || s.getKey().startsWith(field + "["))
                .map(s -> cell(MapSheet.SETTINGS.title(), s.getValue(), 1, "Value")).sorted().findFirst()
                .orElse(MapSheet.SETTINGS.title());
    }

    private static int column(List<String> paths, String field) {
        if (field.isEmpty()) {
            return -1;
        }
        int exact = paths.indexOf(field);
        if (exact >= 0) {
            return exact;
        }
        String bare = INDEX.matcher(field).replaceAll("");
        for (int c = 0; c < paths.size(); c++) {
            String path = paths.get(c);
            if (path != null && (path.equals(bare) || path.startsWith(field + ".") || path.startsWith(field + "[")
                    || field.startsWith(path + ".") || field.startsWith(path + "["))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Returns the problems of a report located at sheet, row and column, their JSON path kept in
     * the message.
     *
     * @param report problems found on the JSON document, not null
     * @return the relocated report
     */
    public ValidationReport relocate(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : report.problems()) {
            problems.add(new Problem(locate(problem.path()), problem.code(), problem.severity(),
                    problem.message() + " [" + problem.path() + "]"));
        }
        return new ValidationReport(problems);
    }

    /** Returns a cell's location, such as {@code Impact map!O4 (Deadweight)}. */
    static String cell(String sheet, int row, int column, String header) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sheet + "!" + letters + row + (header == null ? "" : " (" + header + ")");
    }
}
