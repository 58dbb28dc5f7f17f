package io.github.caeimpact.model.csv;

import java.util.Objects;

/**
 * One column of a CSV file of the dataset: its English and French header names and the field of
 * the JSON dataset format it holds.
 *
 * <p>Headers match whatever their case, accents, spaces, hyphens, underscores and apostrophes:
 * {@code Année de naissance}, {@code annee_naissance} and {@code birthYear} name the same column
 * only if they reduce to the same letters, so each column accepts its English name and its
 * French name.
 *
 * @param english the English header, the name of the JSON field (such as {@code birthYear})
 * @param french the French header (such as {@code année de naissance})
 * @param jsonPath the field's dotted path inside the JSON record of a row (such as
 *     {@code entrySituation.status}); in {@code answers.csv}, fields of the survey response start
 *     with {@code survey.}; null for a {@link CsvCellKind#KEY} column
 * @param kind what the cell holds
 * @param codes the code list of a {@link CsvCellKind#CODE} column, null otherwise
 * @param required whether the header must have the column (its field is required)
 */
public record CsvColumn(String english, String french, String jsonPath, CsvCellKind kind,
        Class<? extends Enum<?>> codes, boolean required) {

    /**
     * Checks the parts.
     *
     * @param english the English header
     * @param french the French header
     * @param jsonPath the JSON path, null only for a key
     * @param kind the cell kind
     * @param codes the code list, present exactly for a code column
     * @param required whether the column is required
     * @throws NullPointerException if a header or the kind is null
     * @throws IllegalArgumentException if the path or code list does not fit the kind
     */
    public CsvColumn {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
        Objects.requireNonNull(kind, "kind");
        if ((jsonPath == null) != (kind == CsvCellKind.KEY) || (codes == null) == (kind == CsvCellKind.CODE)) {
            throw new IllegalArgumentException("column " + english + ": path or codes do not fit kind " + kind);
        }
    }

    static CsvColumn of(String english, String french, String jsonPath, CsvCellKind kind, boolean required) {
        return new CsvColumn(english, french, jsonPath, kind, null, required);
    }

    static CsvColumn code(String english, String french, String jsonPath, Class<? extends Enum<?>> codes,
            boolean required) {
        return new CsvColumn(english, french, jsonPath, CsvCellKind.CODE, codes, required);
    }

    static CsvColumn key(String english, String french) {
        return new CsvColumn(english, french, null, CsvCellKind.KEY, null, true);
    }
}
