package io.github.caeimpact.model.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Pseudonymizer;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.testing.DatasetGenerator;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetTest {

    @TempDir
    Path dir;

    static void writeTexts(Path dir, Map<String, String> texts) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : texts.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void jsonToCsvToJsonIsLosslessForGeneratedDatasets() {
        for (long seed = 0; seed < 25; seed++) {
            Dataset dataset = DatasetGenerator.dataset(seed, 30);
            Path folder = dir.resolve("seed" + seed);
            CsvDataset.write(dataset, folder, CsvStyle.ENGLISH);
            Dataset read = CsvDataset.readLenient(folder).dataset();
            assertThat(ImpactJson.writeString(read)).as("seed %d", seed).isEqualTo(ImpactJson.writeString(dataset));
        }
    }

    @Test
    void csvToJsonToCsvGivesTheSameFiles() throws IOException {
        Dataset dataset = DatasetGenerator.dataset(3, 30);
        Map<String, String> texts = CsvDataset.toText(dataset, CsvStyle.ENGLISH);
        writeTexts(dir, texts);
        Dataset viaJson = ImpactJson.read(ImpactJson.writeString(CsvDataset.readLenient(dir).dataset()));
        assertThat(CsvDataset.toText(viaJson, CsvStyle.ENGLISH)).isEqualTo(texts);
    }

    @Test
    void frenchStyleReadsAsTheSameDataset() {
        for (long seed = 0; seed < 10; seed++) {
            Dataset dataset = DatasetGenerator.dataset(seed, 30);
            Path folder = dir.resolve("fr" + seed);
            CsvDataset.write(dataset, folder, CsvStyle.FRENCH);
            assertThat(CsvDataset.readLenient(folder).dataset()).as("seed %d", seed).isEqualTo(dataset);
        }
    }

    @Test
    void pseudonymisationReplacesEveryParticipantIdAndKeepsTheirRows() {
        Dataset dataset = DatasetGenerator.dataset(5, 20);
        CsvDataset.write(dataset, dir, CsvStyle.ENGLISH);
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 9);
        Pseudonymizer pseudonymizer = Pseudonymizer.of(key);
        Dataset read = CsvDataset.read(dir, pseudonymizer);
        assertThat(read.participants()).hasSameSizeAs(dataset.participants());
        for (int i = 0; i < read.participants().size(); i++) {
            Participant original = dataset.participants().get(i);
            assertThat(read.participants().get(i))
                    .isEqualTo(original.withId(pseudonymizer.pseudonymize(original.id())));
        }
    }
}
