package io.github.caeimpact.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.xlsx.MapWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact convert IN OUT}: converts an impact map between JSON and an .xlsx workbook. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an impact map between JSON (.json) and a workbook in the SROI Guide's layout (.xlsx), "
                + "by the files' extensions; the map is checked first.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The map to read (.json or .xlsx).")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.json or .xlsx).")
    private Path out;

    @Override
    public Integer call() {
        if (!extension(in).matches("json|xlsx") || !extension(out).matches("json|xlsx")) {
            throw new UnusableInputException("convert reads and writes .json and .xlsx files; got " + in + " and " + out);
        }
        // The map reader checks the map; problems of a workbook are located at its cells.
        MapFiles.read(in, ImpactMaps::read);
        JsonNode document = MapFiles.document(in);
        byte[] bytes;
        if (MapFiles.isWorkbook(out)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            MapWorkbook.write(document, buffer);
            bytes = buffer.toByteArray();
        } else {
            bytes = json(document).getBytes(StandardCharsets.UTF_8);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            stream.write(bytes);
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + out + ": " + Inputs.reason(e), e);
        }
        spec.commandLine().getOut().printf("%s: impact map written to %s%n", in, out);
        return 0;
    }

    /** The document with two-space indentation and decimals as written, ending with a line break. */
    static String json(JsonNode document) {
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build()
                    .writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
