package io.github.caeimpact.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read datasets of any size: {@code --quiet}, and the size above
 * which a file is read participant by participant instead of whole.
 */
final class ScaleOptions {

    /** Files above this size (64 MiB) are streamed: memory then holds accumulators, not the document. */
    static final long IN_MEMORY_LIMIT = 64L << 20;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (it is shown only on a terminal, after 2 s).")
    boolean quiet;

    @Option(names = "--in-memory-limit", hidden = true, paramLabel = "BYTES",
            description = "Files larger than this are read participant by participant (default: 64 MiB).")
    long inMemoryLimit = IN_MEMORY_LIMIT;

    /** Tells whether a file is too large to read whole; a file that cannot be sized is unusable (status 2). */
    boolean streams(Path file) {
        try {
            return Files.size(file) > inMemoryLimit;
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + Inputs.reason(e), e);
        }
    }
}
