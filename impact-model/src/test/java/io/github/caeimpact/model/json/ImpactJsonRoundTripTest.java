package io.github.caeimpact.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.validation.DatasetValidator;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactJsonRoundTripTest {

    private static final long SEED = 20261126L;
    private static final int CASES = 300;

    @Test
    void generatedDatasetsAreValid() {
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            Dataset dataset = DatasetGenerator.dataset(seed);
            ValidationReport report = DatasetValidator.create().validate(dataset);
            assertThat(report.errors()).as("seed %d (case %d)", seed, i).isEmpty();
        }
    }

    @Test
    void writeThenReadGivesAnEqualDatasetAndTheSameBytes() {
        for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            Dataset dataset = DatasetGenerator.dataset(seed);
            String json = ImpactJson.writeString(dataset);
            Dataset back = ImpactJson.read(json);
            assertThat(back).as("seed %d (case %d)", seed, i).isEqualTo(dataset);
            assertThat(ImpactJson.writeString(back)).as("seed %d (case %d)", seed, i).isEqualTo(json);
        }
    }

    @Test
    void bytesStringsAndWritersAgree() {
        for (int i = 0; i < 30; i++) {
            long seed = SEED + i;
            Dataset dataset = DatasetGenerator.dataset(seed);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImpactJson.write(dataset, bytes);
            String json = ImpactJson.writeString(dataset);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).as("seed %d", seed).isEqualTo(json);
            assertThat(ImpactJson.read(new ByteArrayInputStream(bytes.toByteArray()))).as("seed %d", seed)
                    .isEqualTo(dataset);
            assertThat(ImpactJson.readLenient(json).dataset()).as("seed %d", seed).isEqualTo(dataset);
        }
    }

    @Test
    void streamingHandsOverEveryParticipantInOrder() {
        for (int i = 0; i < 30; i++) {
            long seed = SEED + i;
            Dataset dataset = DatasetGenerator.dataset(seed);
            byte[] bytes = ImpactJson.writeString(dataset).getBytes(StandardCharsets.UTF_8);
            List<io.github.caeimpact.model.Participant> seen = new ArrayList<>();
            ReadResult result = ImpactJson.streamParticipants(new ByteArrayInputStream(bytes), seen::add);
            assertThat(seen).as("seed %d", seed).isEqualTo(dataset.participants());
            assertThat(result.read()).as("seed %d", seed).isEqualTo(dataset.participants().size());
            assertThat(result.rejected()).as("seed %d", seed).isZero();
            assertThat(result.dataset()).as("seed %d", seed).isEqualTo(dataset.withParticipants(List.of()));
        }
    }
}
