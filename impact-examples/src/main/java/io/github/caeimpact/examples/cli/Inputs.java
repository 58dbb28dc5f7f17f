package io.github.caeimpact.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/** Opens the files named on the command line, and tells a dataset from an impact map. */
final class Inputs {

    /** What a JSON file holds, told by the fields of its root object. */
    enum Kind {
        /** A dataset: it has {@code participants}. */
        DATASET,
        /** An impact map: it has {@code outcomes}. */
        IMPACT_MAP
    }

    /** Token-level reading for {@link #kindOfLarge}: limits do not matter, nothing is held. */
    private static final JsonFactory TOKENS = new JsonFactory();

    private Inputs() {
    }

    /** Reads a file with the given reader; a file that cannot be opened is unusable (status 2). */
    static <T> T read(Path file, Function<InputStream, T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + reason(e.getCause()), e);
        }
    }

    /**
     * Tells whether a file holds a dataset or an impact map from its root object's field names,
     * read token by token (nothing of the file is held), for files too large to read whole.
     */
    static Kind kindOfLarge(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = TOKENS.createParser(in)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if ("participants".equals(name)) {
                        return Kind.DATASET;
                    }
                    if ("outcomes".equals(name)) {
                        return Kind.IMPACT_MAP;
                    }
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new UnusableInputException(file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + reason(e), e);
        }
        throw new UnusableInputException(file + " is neither a dataset (no 'participants') nor an impact map (no 'outcomes')");
    }

    /** Tells whether a file holds a dataset or an impact map, from its root object's fields. */
    static Kind kindOf(Path file) {
        JsonNode root = read(file, in -> StrictJson.read(in, JsonNode.class, file.toString()));
        if (root != null && root.has("participants")) {
            return Kind.DATASET;
        }
        if (root != null && root.has("outcomes")) {
            return Kind.IMPACT_MAP;
        }
        throw new UnusableInputException(file + " is neither a dataset (no 'participants') nor an impact map (no 'outcomes')");
    }

    /** Writes text to a file, or to standard output when no file is given. */
    static void write(Path file, String text, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** Says in words why a file could not be used: no such file, permission denied, is a directory... */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
