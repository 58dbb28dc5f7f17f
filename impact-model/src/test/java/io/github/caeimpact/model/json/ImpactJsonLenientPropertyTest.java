package io.github.caeimpact.model.json;

import io.github.caeimpact.model.json.internal.StrictJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property test: breaking some participants of a valid dataset makes a lenient read reject exactly
 * those, keep all the others unchanged, and agree with the strict read and the validator.
 */
class ImpactJsonLenientPropertyTest {

    private static final long SEED = 31337L;
    private static final int CASES = 200;
    private static final ObjectMapper TREES = StrictJson.mapper();

    @Test
    void lenientReadRejectsExactlyTheBrokenParticipants() throws IOException {
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            String what = "seed " + seed + " (case " + i + ")";
            SplittableRandom random = new SplittableRandom(seed);
            Dataset dataset = DatasetGenerator.dataset(seed, 12);
            ObjectNode root = (ObjectNode) TREES.readTree(ImpactJson.writeString(dataset));
            ArrayNode participants = (ArrayNode) root.get("participants");
            TreeSet<Integer> broken = new TreeSet<>();
            for (int p = 0; p < participants.size(); p++) {
                if (random.nextInt(3) == 0) {
                    breakParticipant((ObjectNode) participants.get(p), random);
                    broken.add(p);
                }
            }
            String json = TREES.writeValueAsString(root);
            List<Participant> expected = new ArrayList<>();
            for (int p = 0; p < dataset.participants().size(); p++) {
                if (!broken.contains(p)) {
                    expected.add(dataset.participants().get(p));
                }
            }

            ReadResult lenient = ImpactJson.readLenient(json);
            assertThat(lenient.rejectedParticipants()).as(what).extracting(RejectedParticipant::index)
                    .containsExactlyElementsOf(broken);
            assertThat(lenient.dataset().participants()).as(what).isEqualTo(expected);
            assertThat(lenient.read()).as(what).isEqualTo(dataset.participants().size());
            assertThat(lenient.complete()).as(what).isTrue();

            List<Participant> streamed = new ArrayList<>();
            ReadResult stream = ImpactJson.streamParticipants(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), streamed::add);
            assertThat(streamed).as(what).isEqualTo(expected);
            assertThat(stream.report()).as(what).isEqualTo(lenient.report());

            // The accepted dataset passes the validator with the same warnings.
            assertThat(DatasetValidator.create().validate(lenient.dataset()).errors()).as(what).isEmpty();
            if (broken.isEmpty()) {
                assertThat(ImpactJson.read(json)).as(what).isEqualTo(dataset);
            }
            for (RejectedParticipant rejected : lenient.rejectedParticipants()) {
                assertThat(rejected.reasons()).as(what).isNotEmpty()
                        .allMatch(p -> p.path().startsWith(rejected.path()), "located in the participant")
                        .allMatch(Problem::isError, "errors");
                assertThat(rejected.id()).as(what).isEqualTo(dataset.participants().get(rejected.index()).id());
            }
        }
    }

    private static void breakParticipant(ObjectNode participant, SplittableRandom random) {
        switch (random.nextInt(6)) {
            case 0 -> participant.put("birthYear", 1800);
            case 1 -> participant.put("organisationId", "no-such-organisation");
            case 2 -> participant.remove("gender");
            case 3 -> participant.put("relationship", "FRIEND");
            case 4 -> participant.put("birthYear", "1980");
            default -> ((ObjectNode) participant.get("entrySituation")).put("status", "UNEMPLOYED").remove("unemployedMonths");
        }
    }
}
