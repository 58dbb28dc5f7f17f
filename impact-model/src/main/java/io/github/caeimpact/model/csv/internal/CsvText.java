package io.github.caeimpact.model.csv.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.caeimpact.model.csv.CsvRuleCodes;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a CSV file into rows of cells: the encoding (UTF-8 with or without BOM, else
 * Windows-1252) and the separator ({@code ;}, {@code ,} or tab, the most frequent outside quotes
 * in the header line) are detected; quoted cells may hold separators, quotes ({@code ""}) and line
 * breaks; {@code \r\n} and {@code \n} both end a line.
 */
public final class CsvText {

    private static final CsvFactory FACTORY = new CsvFactory().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private CsvText() {
    }

    /**
     * One row of a file.
     *
     * @param line the line the row starts on, from 1 (the header)
     * @param cells the cells as written
     */
    public record Row(int line, List<String> cells) {

        /**
         * Copies the cells.
         *
         * @param line the line
         * @param cells the cells
         */
        public Row {
            cells = List.copyOf(cells);
        }

        /**
         * Tells whether every cell is empty or white space (a blank line, or only separators).
         *
         * @return true if the row holds nothing
         */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * What a file holds: its rows, the header first; or the problem that stopped the reading.
     *
     * @param rows the rows read, the header first; those before the problem if there is one
     * @param failureLine the line the reading stopped at, 0 if it did not
     * @param failureCode the rule broken, null if none
     * @param failure what stopped the reading, null if nothing did
     */
    public record Content(List<Row> rows, int failureLine, String failureCode, String failure) {

        /**
         * Copies the rows.
         *
         * @param rows the rows
         * @param failureLine the failure line
         * @param failureCode the failure code
         * @param failure the failure
         */
        public Content {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Decodes and parses a file.
     *
     * @param bytes the file's bytes
     * @return the rows, or the problem that stopped the reading
     */
    public static Content parse(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new Content(List.of(), 1, CsvRuleCodes.CSV_ENCODING,
                    "UTF-16 is not read; save the file as CSV UTF-8 or CSV (separator ;)");
        }
        String text = decode(bytes);
        List<Row> rows = new ArrayList<>();
        try (CsvParser parser = FACTORY.createParser(new StringReader(text))) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator(text)).withQuoteChar('"'));
            int depth = 0;
            int line = 0;
            List<String> cells = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && ++depth == 2) {
                    line = parser.currentLocation().getLineNr();
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    rows.add(new Row(line, cells));
                } else if (token == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new Content(rows, Math.max(line, 1), CsvRuleCodes.CSV_MALFORMED, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string fails only as malformed content
        }
        return new Content(rows, 0, null, null);
    }

    private static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel's "CSV (separator: semicolon)" writes the Windows code page; every byte decodes.
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The most frequent separator outside quotes on the header line; a comma if none appears. */
    static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    counts[s] += c == SEPARATORS[s] ? 1 : 0;
                }
            }
        }
        int best = 1;
        for (int s = 0; s < SEPARATORS.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return SEPARATORS[best];
    }
}
