package io.github.caeimpact.model.csv.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.caeimpact.model.csv.CsvColumn;
import io.github.caeimpact.model.csv.CsvRuleCodes;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell into the JSON value of its field and writes a JSON value back as a cell, in the
 * English (canonical) or French spelling.
 */
public final class Cells {

    /** The node factory; decimals are made as {@link DecimalNode} directly so that {@code 0.0} stays {@code 0.0}. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The most characters of a number, sign and decimal separator included (as the JSON limit). */
    private static final int MAX_NUMBER_LENGTH = 40;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F]");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})( 00:00(:00)?)?");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Cells() {
    }

    /** A cell that cannot be read: its rule code and what is wrong. */
    public static final class BadCell extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        BadCell(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        /**
         * Returns the rule broken.
         *
         * @return a code of {@link CsvRuleCodes}
         */
        public String code() {
            return code;
        }
    }

    /**
     * Reads a non-empty cell of a column.
     *
     * @param column the column
     * @param cell the cell as written, not empty
     * @return the JSON value of the field
     * @throws BadCell if the cell cannot be read as the column's kind
     */
    public static JsonNode read(CsvColumn column, String cell) throws BadCell {
        String trimmed = cell.strip();
        return switch (column.kind()) {
            case TEXT, KEY -> NODES.textNode(cell);
            case VERSION -> NODES.textNode(trimmed.replace(',', '.'));
            case NUMBER -> number(trimmed);
            case DATE -> NODES.textNode(date(trimmed).toString());
            case BOOLEAN -> {
                Boolean value = Labels.booleanOf(trimmed);
                if (value == null) {
                    throw new BadCell(CsvRuleCodes.CSV_INVALID_BOOLEAN,
                            "'" + trimmed + "' is not yes or no (true/false, yes/no, oui/non, vrai/faux, 1/0)");
                }
                yield NODES.booleanNode(value);
            }
            case CODE -> {
                Enum<?> code = Labels.spellings(column.codes()).get(Labels.normalise(trimmed));
                if (code == null) {
                    throw new BadCell(CsvRuleCodes.CSV_INVALID_CODE, "'" + trimmed + "' is not one of "
                            + Labels.names(column.codes()) + " or their French labels");
                }
                yield NODES.textNode(code.name());
            }
            case LIST -> list(cell);
        };
    }

    private static JsonNode number(String text) throws BadCell {
        String plain = SPACES.matcher(text.endsWith("€") ? text.substring(0, text.length() - 1) : text).replaceAll("");
        if (!NUMBER.matcher(plain).matches()) {
            throw new BadCell(CsvRuleCodes.CSV_INVALID_NUMBER, "'" + text + "' is not a number (such as 1234.5 or 1234,5)");
        }
        if (plain.length() > MAX_NUMBER_LENGTH) {
            throw new BadCell(CsvRuleCodes.CSV_INVALID_NUMBER,
                    "a number of " + plain.length() + " characters, more than " + MAX_NUMBER_LENGTH);
        }
        BigDecimal value = new BigDecimal(plain.replace(',', '.'));
        return value.scale() > 0 ? DecimalNode.valueOf(value) : NODES.numberNode(value.toBigIntegerExact());
    }

    private static LocalDate date(String text) throws BadCell {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher french = FRENCH_DATE.matcher(text);
            if (french.matches()) {
                return LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1)));
            }
        } catch (DateTimeException e) {
            throw new BadCell(CsvRuleCodes.CSV_INVALID_DATE, "'" + text + "' is not a day of the calendar: "
                    + e.getMessage());
        }
        throw new BadCell(CsvRuleCodes.CSV_INVALID_DATE, "'" + text + "' is not a date (2025-01-31 or 31/01/2025)");
    }

    private static JsonNode list(String cell) {
        ArrayNode array = NODES.arrayNode();
        StringBuilder element = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                element.append(cell.charAt(++i));
            } else if (c == '|') {
                array.add(element.toString().strip());
                element.setLength(0);
            } else {
                element.append(c);
            }
        }
        array.add(element.toString().strip());
        return array;
    }

    /**
     * Writes the JSON value of a field as a cell.
     *
     * @param column the column
     * @param value the value, null or missing for an empty cell
     * @param french whether to write the French spelling (decimal comma, {@code dd/mm/yyyy},
     *     French labels, oui/non)
     * @return the cell
     */
    public static String write(CsvColumn column, JsonNode value, boolean french) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT, KEY, VERSION -> value.asText();
            case NUMBER -> {
                String plain = value.isBigDecimal() || value.isDouble() || value.isFloat()
                        ? value.decimalValue().toPlainString() : value.bigIntegerValue().toString();
                yield french ? plain.replace('.', ',') : plain;
            }
            case DATE -> french ? LocalDate.parse(value.asText()).format(FRENCH_DAY) : value.asText();
            case BOOLEAN -> french ? (value.asBoolean() ? "oui" : "non") : String.valueOf(value.asBoolean());
            case CODE -> french ? frenchLabel(column, value.asText()) : value.asText();
            case LIST -> {
                List<String> elements = new ArrayList<>();
                value.forEach(e -> elements.add(e.asText().replace("\\", "\\\\").replace("|", "\\|")));
                yield String.join("|", elements);
            }
        };
    }

    private static String frenchLabel(CsvColumn column, String name) {
        for (Map.Entry<String, Enum<?>> entry : Labels.spellings(column.codes()).entrySet()) {
            if (entry.getValue().name().equals(name)) {
                return Labels.frenchOf(entry.getValue());
            }
        }
        return name;
    }
}
