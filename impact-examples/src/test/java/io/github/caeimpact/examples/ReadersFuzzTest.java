package io.github.caeimpact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.json.RejectedParticipant;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.sroi.ImpactMaps;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzz test of every reader of the library: datasets, catalogues, impact maps, proxy
 * libraries and price indexes, damaged in their JSON (the {@link JsonMutations} kinds: fields
 * removed, types swapped, truncation, deep nesting, huge numbers and strings, nulls) or in their
 * bytes (odd encodings with and without a byte order mark, byte flips, truncation).
 *
 * <p>Every read must end in a value or in {@link InvalidInputException} carrying at least one
 * error, every problem located by a path from {@code $}; a lenient dataset read accounts for every
 * participant ({@code accepted + rejected = read}). {@value #CASES_DEFAULT} documents in
 * {@code verify}; {@code -Pfuzz} reads 100,000 (the system property {@code fuzz.cases}). A failure
 * names its seed: rerun with {@code -Dfuzz.seed=<seed> -Dfuzz.cases=1}.
 */
class ReadersFuzzTest {

    private static final int CASES_DEFAULT = 10_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);
    private static final int CASES = Integer.getInteger("fuzz.cases", CASES_DEFAULT);
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"),
            StandardCharsets.ISO_8859_1);

    /** One format: its name, a valid document, and its reader. */
    private record Format(String name, String valid, Consumer<InputStream> reader) {
    }

    /** A shipped document, written as the library writes JSON (what {@link JsonMutations} expects). */
    private static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            return StrictJson.mapper().writeValueAsString(StrictJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Format> formats() {
        return List.of(
                new Format("dataset", ImpactJson.writeString(DatasetGenerator.dataset(SEED, 3)), in -> ImpactJson.read(in)),
                new Format("catalogue", resource(Catalogue.class, "catalogue.json"), in -> Catalogue.read(in)),
                new Format("impact map", resource(ImpactMaps.class, ImpactMaps.EXAMPLE_RESOURCE), in -> ImpactMaps.read(in)),
                new Format("proxy library", resource(ProxyLibrary.class, ProxyLibrary.STANDARD_RESOURCE),
                        in -> ProxyLibrary.read(in)),
                new Format("price index", resource(PriceIndex.class, PriceIndex.STANDARD_RESOURCE), in -> PriceIndex.read(in)));
    }

    @Test
    void everyReaderGivesAValueOrLocatedProblems() {
        List<Format> formats = formats();
        int[] refused = new int[formats.size()];
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            Format format = formats.get(i % formats.size());
            byte[] document = damage(format.valid(), random);
            String what = format.name() + ", seed " + seed;
            refused[i % formats.size()] += read(format.reader(), document, what) ? 0 : 1;
            if (format.name().equals("dataset")) {
                readLeniently(document, what);
            }
        }
        for (int f = 0; f < formats.size(); f++) {
            // The damage must bite: most damaged documents are refused.
            assertThat(refused[f]).as("%s documents refused of %d", formats.get(f).name(), CASES / formats.size())
                    .isGreaterThan(CASES / formats.size() / 2);
        }
    }

    /** Damages a document in its JSON or in its bytes, as chosen by the seeded source. */
    static byte[] damage(String valid, SplittableRandom random) {
        int choice = random.nextInt(JsonMutations.KINDS + 3);
        if (choice < JsonMutations.KINDS) {
            return JsonMutations.mutate(valid, choice, random).getBytes(StandardCharsets.UTF_8);
        }
        if (choice == JsonMutations.KINDS) {
            return JsonMutations.lookalike(valid, random).getBytes(StandardCharsets.UTF_8);
        }
        Charset charset = ENCODINGS.get(random.nextInt(ENCODINGS.size()));
        byte[] bytes = ((random.nextBoolean() ? "\uFEFF" : "") + valid).getBytes(charset);
        if (choice == JsonMutations.KINDS + 1) {
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return bytes;
        }
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    /** Reads strictly; returns true if accepted, false if refused as documented. */
    private static boolean read(Consumer<InputStream> reader, byte[] document, String what) {
        try {
            reader.accept(new ByteArrayInputStream(document));
            return true;
        } catch (InvalidInputException e) {
            assertThat(e.report().errors()).as(what).isNotEmpty();
            e.report().problems().forEach(problem -> assertLocated(problem, what));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": threw " + e, e);
        }
    }

    private static void readLeniently(byte[] document, String what) {
        try {
            ReadResult result = ImpactJson.readLenient(new ByteArrayInputStream(document));
            assertThat(result.accepted() + result.rejected()).as(what).isEqualTo(result.read());
            assertThat(result.dataset().participants()).as(what).hasSize(result.accepted());
            result.report().problems().forEach(problem -> assertLocated(problem, what));
            for (RejectedParticipant rejected : result.rejectedParticipants()) {
                assertThat(rejected.path()).as(what).startsWith("$.participants[");
                assertThat(rejected.reasons()).as(what).isNotEmpty();
            }
        } catch (InvalidInputException e) {
            assertThat(e.report().errors()).as(what).isNotEmpty();
            e.report().problems().forEach(problem -> assertLocated(problem, what));
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " (lenient): threw " + e, e);
        }
    }

    private static void assertLocated(Problem problem, String what) {
        assertThat(problem.path()).as("%s: %s", what, problem).matches("(?s)\\$([.\\[].*)?");
        assertThat(problem.message()).as("%s: %s", what, problem).isNotBlank().doesNotContain("NullPointerException");
    }
}
