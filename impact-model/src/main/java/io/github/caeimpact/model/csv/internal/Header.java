package io.github.caeimpact.model.csv.internal;

import io.github.caeimpact.model.csv.CsvColumn;
import io.github.caeimpact.model.csv.CsvRuleCodes;
import io.github.caeimpact.model.csv.CsvTable;
import io.github.caeimpact.model.validation.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a file's header row, matched by English or French name. */
final class Header {

    private final CsvTable table;
    private final Map<CsvColumn, Integer> indexes = new HashMap<>();
    private final int width;

    private Header(CsvTable table, int width) {
        this.table = table;
        this.width = width;
    }

    /** Reads the header row, adding a problem for each unknown, repeated or missing column. */
    static Header read(CsvTable table, CsvText.Row row, List<Problem> problems) {
        Header header = new Header(table, row.cells().size());
        Map<String, CsvColumn> byName = new HashMap<>();
        for (CsvColumn column : table.columns()) {
            byName.put(Labels.normalise(column.english()), column);
            byName.put(Labels.normalise(column.french()), column);
        }
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i);
            if (name.isBlank()) {
                continue; // a trailing separator: its cells must be empty (checked row by row)
            }
            CsvColumn column = byName.get(Labels.normalise(name));
            if (column == null) {
                problems.add(Problem.error(SourceMap.location(table, row.line(), i, null) + ":" + (i + 1),
                        CsvRuleCodes.CSV_COLUMN_UNKNOWN, "column '" + name + "' is not a column of "
                                + table.fileName() + "; its columns are " + englishNames(table)));
            } else if (header.indexes.putIfAbsent(column, i) != null) {
                problems.add(Problem.error(SourceMap.location(table, row.line(), i, column),
                        CsvRuleCodes.CSV_COLUMN_DUPLICATE, "column '" + name + "' repeats column "
                                + (header.indexes.get(column) + 1)));
            }
        }
        for (CsvColumn column : table.columns()) {
            if (column.required() && !header.indexes.containsKey(column)) {
                problems.add(Problem.error(SourceMap.location(table, row.line(), -1, null),
                        CsvRuleCodes.CSV_COLUMN_MISSING, "the header lacks the required column '" + column.english()
                                + "' ('" + column.french() + "')"));
            }
        }
        return header;
    }

    private static List<String> englishNames(CsvTable table) {
        return table.columns().stream().map(CsvColumn::english).toList();
    }

    /** Returns the position of a column, from 0, or -1 if the header lacks it. */
    int indexOf(CsvColumn column) {
        return indexes.getOrDefault(column, -1);
    }

    /** Returns the number of header cells. */
    int width() {
        return width;
    }

    /** Returns the file. */
    CsvTable table() {
        return table;
    }
}
