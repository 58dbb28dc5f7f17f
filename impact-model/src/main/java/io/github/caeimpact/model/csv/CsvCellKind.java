package io.github.caeimpact.model.csv;

/** What a CSV cell holds, which decides how it is read and written. */
public enum CsvCellKind {
    /** Text, kept as written. */
    TEXT,
    /**
     * A version such as {@code 1.0}, kept as text; a decimal comma reads as a point, since a French
     * spreadsheet turns {@code 1.0} into {@code 1,0}.
     */
    VERSION,
    /** A decimal number: {@code 1234.5} or {@code 1234,5}, spaces as thousands separators allowed. */
    NUMBER,
    /** A day: ISO {@code 2025-01-31} or French {@code 31/01/2025}. */
    DATE,
    /** Yes or no: {@code true}/{@code false}, {@code yes}/{@code no}, {@code oui}/{@code non}, {@code 1}/{@code 0}. */
    BOOLEAN,
    /** One value of a code list, by its English name ({@code WOMAN}) or French label ({@code Femme}). */
    CODE,
    /** A list of texts separated by {@code |}; a {@code |} or {@code \} inside a text is written {@code \|} or {@code \\}. */
    LIST,
    /** The id of the record a row belongs to: a participant or an organisation. */
    KEY
}
