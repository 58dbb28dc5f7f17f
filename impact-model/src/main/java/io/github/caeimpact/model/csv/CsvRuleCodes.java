package io.github.caeimpact.model.csv;

/**
 * The stable codes of the rules a folder of CSV files is checked against, beside those of
 * {@link io.github.caeimpact.model.validation.RuleCodes} that the assembled dataset is checked
 * against. Software may match on them; they never change meaning.
 */
public final class CsvRuleCodes {

    private CsvRuleCodes() {
    }

    /** A required file of the folder is missing, or a file cannot be read. */
    public static final String CSV_FILE_MISSING = "CSV_FILE_MISSING";
    /** A file is larger than {@link CsvDataset#MAX_FILE_BYTES}. */
    public static final String CSV_FILE_TOO_LARGE = "CSV_FILE_TOO_LARGE";
    /** A file is in an encoding other than UTF-8 (with or without BOM) or Windows-1252. */
    public static final String CSV_ENCODING = "CSV_ENCODING";
    /** A file is not well-formed CSV (a quote left open, text after a closing quote) or has no header. */
    public static final String CSV_MALFORMED = "CSV_MALFORMED";
    /** The header lacks a required column. */
    public static final String CSV_COLUMN_MISSING = "CSV_COLUMN_MISSING";
    /** The header has a column the file does not define. */
    public static final String CSV_COLUMN_UNKNOWN = "CSV_COLUMN_UNKNOWN";
    /** The header names a column twice (in English and in French, for instance). */
    public static final String CSV_COLUMN_DUPLICATE = "CSV_COLUMN_DUPLICATE";
    /** A row has fewer cells than the header (truncated), or more that are not empty. */
    public static final String CSV_ROW_LENGTH = "CSV_ROW_LENGTH";
    /** {@code dataset.csv} does not have exactly one row. */
    public static final String CSV_DATASET_ROWS = "CSV_DATASET_ROWS";
    /** A cell is not a number. */
    public static final String CSV_INVALID_NUMBER = "CSV_INVALID_NUMBER";
    /** A cell is not a date, or not a day of the calendar. */
    public static final String CSV_INVALID_DATE = "CSV_INVALID_DATE";
    /** A cell is not yes or no. */
    public static final String CSV_INVALID_BOOLEAN = "CSV_INVALID_BOOLEAN";
    /** A cell is not a value of its code list in English or French. */
    public static final String CSV_INVALID_CODE = "CSV_INVALID_CODE";
    /** A cell is longer than {@link CsvDataset#MAX_CELL_LENGTH} characters. */
    public static final String CSV_CELL_TOO_LONG = "CSV_CELL_TOO_LONG";
    /** A row names a participant or an organisation its file does not have. */
    public static final String CSV_UNKNOWN_KEY = "CSV_UNKNOWN_KEY";
    /** Two rows of {@code participants.csv} or {@code organisations.csv} share an id. */
    public static final String CSV_DUPLICATE_KEY = "CSV_DUPLICATE_KEY";
}
