package io.github.caeimpact.model.csv;

import java.util.ArrayList;
import java.util.List;

/** A test's own CSV splitting and joining, independent of the reader under test. */
final class CsvLines {

    private CsvLines() {
    }

    /** Splits a text with {@code \n} line ends and no line break inside a cell into rows of cells. */
    static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    /** Joins rows into a text, quoting cells that need it. */
    static String text(List<List<String>> rows, char separator, String lineEnd) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                text.append(i > 0 ? String.valueOf(separator) : "");
                boolean quote = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0;
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append(lineEnd);
        }
        return text.toString();
    }
}
