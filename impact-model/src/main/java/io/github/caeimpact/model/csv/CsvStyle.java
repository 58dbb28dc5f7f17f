package io.github.caeimpact.model.csv;

/** How the CSV files of a dataset are written; reading accepts both styles, mixed if need be. */
public enum CsvStyle {
    /**
     * The canonical style: English headers and code names ({@code WOMAN}), {@code ,} separators,
     * decimal points, ISO dates ({@code 2025-01-31}), {@code true}/{@code false}, UTF-8 without
     * BOM, {@code \n} line ends.
     */
    ENGLISH,
    /**
     * The style of a French spreadsheet: French headers and labels ({@code Femme}), {@code ;}
     * separators, decimal commas, dates {@code 31/01/2025}, {@code oui}/{@code non}, UTF-8 with a
     * BOM (so that Excel reads the accents), {@code \r\n} line ends.
     */
    FRENCH
}
