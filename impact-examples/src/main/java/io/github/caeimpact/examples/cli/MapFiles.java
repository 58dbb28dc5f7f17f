package io.github.caeimpact.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.sroi.xlsx.MapWorkbook;
import io.github.caeimpact.sroi.xlsx.WorkbookMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/** Reads an impact map from JSON or from an {@code .xlsx} workbook, told apart by the file's extension. */
final class MapFiles {

    private MapFiles() {
    }

    /** Tells whether a file is a workbook, by its extension. */
    static boolean isWorkbook(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads a map with a JSON reader: a workbook is converted to the map's JSON document first, and the
     * reader's problems are located at the workbook's sheets, rows and columns.
     */
    static <T> T read(Path file, Function<InputStream, T> reader) {
        if (!isWorkbook(file)) {
            return Inputs.read(file, reader);
        }
        WorkbookMap workbook = Inputs.read(file, MapWorkbook::read);
        byte[] json = workbook.json().toString().getBytes(StandardCharsets.UTF_8);
        try {
            return reader.apply(new ByteArrayInputStream(json));
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(file.toString(), workbook.relocate(invalid.report()));
        }
    }

    /** Reads a map file as its JSON document, from JSON or a workbook, without checking it. */
    static JsonNode document(Path file) {
        return isWorkbook(file) ? Inputs.read(file, MapWorkbook::read).json()
                : Inputs.read(file, in -> StrictJson.read(in, JsonNode.class, file.toString()));
    }
}
