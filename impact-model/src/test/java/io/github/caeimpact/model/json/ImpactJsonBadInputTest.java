package io.github.caeimpact.model.json;

import io.github.caeimpact.model.json.internal.StrictJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.testing.JsonMutations;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property test: mutations of valid documents never make a reader throw anything but
 * {@link InvalidInputException}, and every problem is located by a path from the root.
 */
class ImpactJsonBadInputTest {

    private static final long SEED = 4231L;
    private static final int CASES = 1500;
    private static final ObjectMapper TREES = StrictJson.mapper();
    /** The dataset's own kinds of damage, after the shared ones of {@link JsonMutations}. */
    private static final List<String> DATASET_MUTATIONS = List.of("swap dates", "negate number", "flip character",
            "duplicate participant", "extreme date");
    private static final int KINDS = JsonMutations.KINDS + DATASET_MUTATIONS.size();
    private static final String[] EXTREME_DATES = {"+999999999-12-01", "-999999999-01-01", "0001-01-01",
        "9999-12-31", "1899-12-31", "2101-01-01", "+10000-01-01"};

    @Test
    void readersOnlyEverThrowInvalidInputWithRootedPaths() {
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            Dataset dataset = DatasetGenerator.dataset(seed, 4);
            String valid = ImpactJson.writeString(dataset);
            int kind = random.nextInt(KINDS);
            String json;
            try {
                json = mutate(valid, kind, random);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String what = "seed " + seed + " (case " + i + ", " + (kind < JsonMutations.KINDS ? JsonMutations.NAMES.get(kind)
                    : DATASET_MUTATIONS.get(kind - JsonMutations.KINDS)) + ")";
            rejected += checkStrict(json, what) ? 0 : 1;
            checkLenient(json, what);
            checkStreaming(json, what);
        }
        // The mutations must bite: most mutated documents are invalid.
        assertThat(rejected).as("rejected documents of %d", CASES).isGreaterThan(CASES * 6 / 10);
    }

    @Test
    void byteLevelDamageOnlyEverGivesInvalidInput() {
        byte[][] prefixes = {{}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {0, 0, 0}};
        for (int i = 0; i < 400; i++) {
            long seed = SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            byte[] valid = ImpactJson.writeString(DatasetGenerator.dataset(seed, 3)).getBytes(StandardCharsets.UTF_8);
            byte[] prefix = prefixes[random.nextInt(prefixes.length)];
            byte[] bytes = new byte[prefix.length + valid.length];
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            System.arraycopy(valid, 0, bytes, prefix.length, valid.length);
            for (int flips = random.nextInt(4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            String what = "seed " + seed + " (byte case " + i + ")";
            try {
                ImpactJson.read(new ByteArrayInputStream(bytes));
            } catch (InvalidInputException e) {
                assertRooted(e.report().problems(), what);
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": strict read threw " + e, e);
            }
            try {
                ReadResult result = ImpactJson.readLenient(new ByteArrayInputStream(bytes));
                assertThat(result.accepted() + result.rejected()).as(what).isEqualTo(result.read());
            } catch (InvalidInputException e) {
                assertRooted(e.report().problems(), what);
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": lenient read threw " + e, e);
            }
        }
    }

    /** Returns true if the strict read accepted the document. */
    private static boolean checkStrict(String json, String what) {
        try {
            ImpactJson.read(json);
            return true;
        } catch (InvalidInputException e) {
            assertThat(e.report().errors()).as(what).isNotEmpty();
            assertRooted(e.report().problems(), what);
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": strict read threw " + e, e);
        }
    }

    private static void checkLenient(String json, String what) {
        try {
            ReadResult result = ImpactJson.readLenient(json);
            assertThat(result.accepted() + result.rejected()).as(what).isEqualTo(result.read());
            assertThat(result.dataset().participants()).as(what).hasSize(result.accepted());
            assertRooted(result.report().problems(), what);
            result.rejectedParticipants().forEach(r -> assertThat(r.reasons()).as(what).isNotEmpty());
        } catch (InvalidInputException e) {
            assertRooted(e.report().problems(), what);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": lenient read threw " + e, e);
        }
    }

    private static void checkStreaming(String json, String what) {
        List<Object> seen = new ArrayList<>();
        try {
            ReadResult result = ImpactJson.streamParticipants(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), seen::add);
            assertThat(result.accepted()).as(what).isEqualTo(seen.size());
            assertThat(result.accepted() + result.rejected()).as(what).isEqualTo(result.read());
            assertRooted(result.report().problems(), what);
        } catch (InvalidInputException e) {
            assertRooted(e.report().problems(), what);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": streaming read threw " + e, e);
        }
    }

    private static void assertRooted(List<Problem> problems, String what) {
        for (Problem problem : problems) {
            assertThat(problem.path()).as(what + ": " + problem).startsWith("$");
        }
    }

    private static String mutate(String valid, int kind, SplittableRandom random) throws IOException {
        if (kind < JsonMutations.KINDS) {
            return JsonMutations.mutate(valid, kind, random);
        }
        return switch (kind - JsonMutations.KINDS) {
            case 0 -> swapDates(valid, random);
            case 1 -> JsonMutations.mutateTree(valid, random, (parent, key, node) -> {
                if (node.isNumber()) {
                    JsonMutations.replace(parent, key, JsonNodeFactory.instance.numberNode(node.decimalValue().negate()
                            .subtract(BigDecimal.ONE)));
                }
            });
            case 2 -> flip(valid, random);
            case 3 -> duplicateParticipant(valid, random);
            default -> extremeDate(valid, random);
        };
    }

    private static String swapDates(String valid, SplittableRandom random) {
        List<Integer> at = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}\"").matcher(valid);
        while (matcher.find()) {
            at.add(matcher.start());
        }
        if (at.size() < 2) {
            return valid;
        }
        int a = at.get(random.nextInt(at.size()));
        int b = at.get(random.nextInt(at.size()));
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        if (first == second) {
            return valid;
        }
        String dateA = valid.substring(first, first + 12);
        String dateB = valid.substring(second, second + 12);
        return valid.substring(0, first) + dateB + valid.substring(first + 12, second) + dateA + valid.substring(second + 12);
    }

    /** Puts a date far outside the supported range in place of a random date of the document. */
    private static String extremeDate(String valid, SplittableRandom random) {
        List<Integer> at = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}\"").matcher(valid);
        while (matcher.find()) {
            at.add(matcher.start());
        }
        if (at.isEmpty()) {
            return valid;
        }
        int start = at.get(random.nextInt(at.size()));
        return valid.substring(0, start + 1) + pick(random, EXTREME_DATES) + valid.substring(start + 11);
    }

    @Test
    void outOfRangeDateIsAProblemNotACrash() {
        String valid = ImpactJson.writeString(DatasetGenerator.dataset(SEED, 3));
        java.util.regex.Matcher event = java.util.regex.Pattern.compile("\"date\" : \"(\\d{4}-\\d{2}-\\d{2})\"")
                .matcher(valid);
        assertThat(event.find()).as("the generated dataset has a dated event").isTrue();
        String json = valid.substring(0, event.start(1)) + "+999999999-12-01" + valid.substring(event.end(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImpactJson.read(json))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).report().errors())
                        .anySatisfy(p -> {
                            assertThat(p.code()).isEqualTo(io.github.caeimpact.model.validation.RuleCodes.DATE_OUT_OF_RANGE);
                            assertThat(p.path()).startsWith("$.").endsWith("date");
                        }));
        String reference = valid.replaceFirst("\"referenceDate\" : \"[^\"]*\"", "\"referenceDate\" : \"+999999999-12-31\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImpactJson.read(reference))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).report().errors())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("$.referenceDate")));
    }

    private static String flip(String valid, SplittableRandom random) {
        char[] chars = valid.toCharArray();
        int at = random.nextInt(chars.length);
        String replacements = "{}[]\",:09aZ \\\u0000-.e";
        chars[at] = replacements.charAt(random.nextInt(replacements.length()));
        return new String(chars);
    }

    private static String duplicateParticipant(String valid, SplittableRandom random) throws IOException {
        ObjectNode root = (ObjectNode) TREES.readTree(valid);
        ArrayNode participants = (ArrayNode) root.get("participants");
        if (participants.isEmpty()) {
            return valid;
        }
        participants.add(participants.get(random.nextInt(participants.size())).deepCopy());
        return TREES.writeValueAsString(root);
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
