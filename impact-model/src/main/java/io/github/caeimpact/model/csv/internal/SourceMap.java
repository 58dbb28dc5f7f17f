package io.github.caeimpact.model.csv.internal;

import io.github.caeimpact.model.csv.CsvColumn;
import io.github.caeimpact.model.csv.CsvTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each record of the assembled JSON dataset came from: its file and line, so that a problem
 * found at a JSON path (such as {@code $.participants[3].pathway.events[1].date}) is reported at
 * its file, line and column (such as {@code events.csv:9:2 (date)}).
 */
public final class SourceMap {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    /** The source of one record: its file, line, and the prefix of its columns' paths. */
    private record Source(CsvTable table, int line, String columnPrefix) {
    }

    private final Map<String, Source> sources = new HashMap<>();
    private final Map<CsvTable, Header> headers;

    SourceMap(Map<CsvTable, Header> headers) {
        this.headers = headers;
    }

    void put(String jsonPath, CsvTable table, int line, String columnPrefix) {
        sources.put(jsonPath, new Source(table, line, columnPrefix));
    }

    /**
     * Returns the location in the files of a JSON path of the assembled dataset.
     *
     * @param jsonPath the path, such as {@code $.participants[3].gender}
     * @return the location, such as {@code participants.csv:5:5 (gender)}; the path itself when
     *     no record holds it
     */
    public String locate(String jsonPath) {
        String prefix = jsonPath;
        while (!prefix.isEmpty()) {
            Source source = sources.get(prefix);
            if (source != null) {
                String rest = INDEX.matcher(jsonPath.substring(prefix.length())).replaceAll("");
                String field = source.columnPrefix + (rest.startsWith(".") ? rest.substring(1) : rest);
                return location(source.table, source.line, column(source.table, field));
            }
            prefix = parent(prefix);
        }
        return jsonPath;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? (path.equals("$") ? "" : "$") : path.substring(0, cut);
    }

    private CsvColumn column(CsvTable table, String field) {
        List<CsvColumn> columns = table.columns();
        for (CsvColumn column : columns) {
            if (field.equals(column.jsonPath())) {
                return column;
            }
        }
        for (CsvColumn column : columns) {
            if (!field.isEmpty() && column.jsonPath() != null && column.jsonPath().startsWith(field + ".")) {
                return column;
            }
        }
        return null;
    }

    /**
     * Returns the text of a location: {@code file:line:column (name)}, or shorter when the line or
     * column is not known.
     *
     * @param table the file
     * @param line the line, 0 if not known
     * @param column the column, null if not known
     * @return the location
     */
    String location(CsvTable table, int line, CsvColumn column) {
        Header header = headers.get(table);
        int index = column == null || header == null ? -1 : header.indexOf(column);
        return location(table, line, index, column);
    }

    static String location(CsvTable table, int line, int index, CsvColumn column) {
        StringBuilder text = new StringBuilder(table.fileName());
        if (line > 0) {
            text.append(':').append(line);
            if (column != null) {
                text.append(index >= 0 ? ":" + (index + 1) : "").append(" (").append(column.english()).append(')');
            }
        }
        return text.toString();
    }
}
