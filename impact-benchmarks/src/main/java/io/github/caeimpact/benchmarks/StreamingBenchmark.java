package io.github.caeimpact.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.StreamedReport;
import io.github.caeimpact.model.json.ImpactJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dataset file read two ways, to compare what measuring costs with what reading costs: a raw
 * Jackson streaming parse (every token, nothing bound), and the whole streamed measurement (bind
 * and validate each participant, every indicator of the shipped catalogue with every breakdown,
 * on the available processors). The file is the one named by {@code file}, e.g. written by
 * {@code impact sample --participants 1000000 --organisations 1}, or else a synthetic cooperative of
 * {@code participants} people written to a temporary file and deleted at the end. Run with
 * {@code -jvmArgs -Xmx512m} to check that the heap stays bounded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StreamingBenchmark {

    /** A dataset file to read; empty to generate one of {@link #participants} people. */
    @Param("")
    public String file;

    /** Participants of the generated file when {@link #file} is empty. */
    @Param("10000")
    public int participants;

    private Path path;
    private boolean generated;
    private IndicatorEngine engine;
    private final JsonFactory tokens = new JsonFactory();

    /** Creates the benchmark state; JMH calls it, then {@link #setUp()}. */
    public StreamingBenchmark() {
    }

    /**
     * Finds or writes the file and loads the catalogue.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        engine = IndicatorEngine.of(Catalogue.shipped());
        if (!file.isEmpty()) {
            path = Path.of(file);
            return;
        }
        path = Files.createTempFile("impact-streaming-", ".json");
        generated = true;
        try (OutputStream out = Files.newOutputStream(path)) {
            ImpactJson.write(SampleCae.generate(IndicatorBenchmark.SEED, participants), out);
        }
    }

    /**
     * Deletes a generated file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (generated) {
            Files.deleteIfExists(path);
        }
    }

    /**
     * Parses every token of the file with Jackson's streaming parser, binding nothing: the floor.
     *
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long jacksonParse() throws IOException {
        long count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16); JsonParser parser = tokens.createParser(in)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    /**
     * Reads, validates and measures the file in one streamed pass on the available processors.
     *
     * @return the report and read account
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public StreamedReport streamedMeasure() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            return engine.measure(in, MeasureOptions.defaults(), Runtime.getRuntime().availableProcessors(), read -> { });
        }
    }

    /**
     * Returns the file read, for checks.
     *
     * @return the named or generated file
     */
    public Path path() {
        return path;
    }
}
