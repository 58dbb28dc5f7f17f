package io.github.caeimpact.sroi.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sheets of an impact map workbook and the headers of their known columns: the impact map
 * itself (the outcomes, in the column order of the SROI Guide's impact map), the stakeholders, the
 * inputs, and the settings (every other field of the map, one per row).
 *
 * <p>A column of an array sheet holds one field of its records, named by its header: a known
 * header (such as {@code Deadweight}) or the field's dotted JSON path inside the record (such as
 * {@code proxy.value}, {@code attribution[1]} or {@code deadweight.mode} for a distribution), so
 * that fields without a known header, present or future, have a column too.
 */
enum MapSheet {
    /** The outcomes: one row per outcome. */
    OUTCOMES("Impact map", "outcomes", List.of(
            "Stakeholder", "stakeholder", "Outcome", "id", "Dimension", "dimension",
            "Outcome description", "description", "Outcome description (French)", "descriptionFr",
            "Outcome description (English)", "descriptionEn", "Indicator", "indicator", "Quantity", "quantity",
            "Start year", "startYear", "Duration (years)", "durationYears", "Financial proxy", "proxy.ref",
            "Value", "proxy.value", "Unit", "proxy.unit", "Base year", "proxy.baseYear", "Source", "proxy.source",
            "Indexed", "proxy.indexed", "Deadweight", "deadweight", "Displacement", "displacement",
            "Attribution", "attribution", "Leakage", "leakage", "Drop-off", "dropOff", "Evidence", "evidence")),
    /** The stakeholders: one row each. */
    STAKEHOLDERS("Stakeholders", "stakeholders", List.of("Stakeholder", "id", "Label", "label", "Label (French)", "labelFr",
            "Label (English)", "labelEn")),
    /** The inputs (the investment): one row each. */
    INPUTS("Inputs", "inputs", List.of("Funder", "funder", "Stakeholder", "stakeholder", "Description", "description",
            "Amount", "amount", "In kind", "inKind")),
    /** The map's other fields: one row per field, its path in column A and its value in column B. */
    SETTINGS("Settings", null, List.of("Field", "field", "Value", "value"));

    private final String title;
    private final String field;
    private final List<String> known;

    MapSheet(String title, String field, List<String> known) {
        this.title = title;
        this.field = field;
        this.known = known;
    }

    /** Returns the sheet's name in the workbook. */
    String title() {
        return title;
    }

    /** Returns the map's array field the sheet holds, null for the settings. */
    String field() {
        return field;
    }

    /** Returns the known columns' paths, in the order they are written. */
    List<String> knownPaths() {
        return java.util.stream.IntStream.range(0, known.size() / 2).mapToObj(i -> known.get(2 * i + 1)).toList();
    }

    /** Returns the header of a column's path: its known header, or the path itself. */
    String header(String path) {
        for (int i = 0; i < known.size(); i += 2) {
            if (known.get(i + 1).equals(path)) {
                return known.get(i);
            }
        }
        return path;
    }

    /** Returns the path a known header names (any case), or null if the header is not a known one. */
    String pathOf(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < known.size(); i += 2) {
            if (known.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return known.get(i + 1);
            }
        }
        return null;
    }

    /** The sheets holding arrays of records, by the map's field. */
    static Map<String, MapSheet> arrays() {
        return Map.of(OUTCOMES.field, OUTCOMES, STAKEHOLDERS.field, STAKEHOLDERS, INPUTS.field, INPUTS);
    }
}
