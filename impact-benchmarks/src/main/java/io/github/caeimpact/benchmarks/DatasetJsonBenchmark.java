package io.github.caeimpact.benchmarks;

import io.github.caeimpact.examples.sample.SampleCae;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.json.ImpactJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the dataset JSON format: the strict whole-document read, the streaming read of
 * participants, and the deterministic write, over a synthetic cooperative of {@link #participants}
 * people ({@link SampleCae#generate(long, int)} with seed {@value #SEED}).
 *
 * <p>Every read includes the full validation ({@code DatasetValidator}), as a caller gets it.
 * Reads start from the UTF-8 bytes, as from a file or a request body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DatasetJsonBenchmark {

    /** The seed of the generated dataset, fixed so that every run measures the same document. */
    public static final long SEED = 20_261_126L;

    /** How many participants the dataset holds; set by JMH from the listed values. */
    @Param({"1000", "10000"})
    public int participants;

    private Dataset dataset;
    private byte[] document;

    /** Creates the benchmark state; JMH calls it, then {@link #setUp()}. */
    public DatasetJsonBenchmark() {
    }

    /**
     * Generates the dataset and its document, and checks that the document reads back whole, so
     * that no measurement times an error path.
     *
     * @throws IllegalStateException if the generated document does not read back to the dataset
     */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = SampleCae.generate(SEED, participants);
        document = ImpactJson.writeString(dataset).getBytes(StandardCharsets.UTF_8);
        if (!ImpactJson.read(new ByteArrayInputStream(document)).equals(dataset)) {
            throw new IllegalStateException("the generated document does not read back to the dataset");
        }
        Tally tally = new Tally();
        ImpactJson.streamParticipants(new ByteArrayInputStream(document), tally);
        if (tally.count != participants) {
            throw new IllegalStateException("streaming accepted " + tally.count + " of " + participants
                    + " participants");
        }
    }

    /**
     * Reads and validates the whole dataset strictly ({@link ImpactJson#read(java.io.InputStream)}).
     *
     * @return the dataset read
     */
    @Benchmark
    public Dataset read() {
        return ImpactJson.read(new ByteArrayInputStream(document));
    }

    /**
     * Streams the participants one by one ({@link ImpactJson#streamParticipants}), touching each
     * so that none is dead code.
     *
     * @return the number of participants accepted, mixed with a hash of their ids
     */
    @Benchmark
    public long streamParticipants() {
        Tally tally = new Tally();
        ImpactJson.streamParticipants(new ByteArrayInputStream(document), tally);
        return (long) tally.count << 32 | (tally.idHash & 0xFFFF_FFFFL);
    }

    /**
     * Writes the whole dataset to a string ({@link ImpactJson#writeString(Dataset)}).
     *
     * @return the document
     */
    @Benchmark
    public String writeString() {
        return ImpactJson.writeString(dataset);
    }

    /** Counts the participants handed over and hashes their ids. */
    private static final class Tally implements Consumer<Participant> {

        private int count;
        private int idHash;

        @Override
        public void accept(Participant participant) {
            count++;
            idHash = 31 * idHash + participant.id().hashCode();
        }
    }
}
