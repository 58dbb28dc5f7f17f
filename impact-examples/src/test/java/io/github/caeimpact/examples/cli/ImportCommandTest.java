package io.github.caeimpact.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Pseudonymizer;
import io.github.caeimpact.model.json.ImpactJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact import} and {@code impact export}: CSV folders in and out. */
class ImportCommandTest {

    private static final Path CSV = Path.of("data", "csv");

    @TempDir
    Path temp;

    @Test
    void importOfTheSampleFolderWritesTheJsonSample() throws IOException {
        Path out = temp.resolve("dataset.json");
        ImpactCliTest.Run run = ImpactCliTest.run("import", CSV.toString(), "-o", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(ImpactCliTest.SAMPLE));
    }

    @Test
    void exportThenImportInFrenchGivesTheSameDataset() throws IOException {
        Path folder = temp.resolve("fr");
        ImpactCliTest.Run export = ImpactCliTest.run("export", ImpactCliTest.SAMPLE.toString(), "--format", "csv",
                "--style", "FRENCH", "-o", folder.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.readString(folder.resolve("participants.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFidentifiant;");
        ImpactCliTest.Run imported = ImpactCliTest.run("import", folder.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo(Files.readString(ImpactCliTest.SAMPLE));
    }

    @Test
    void pseudonymiseKeyReplacesLocalIds() throws IOException {
        byte[] key = new byte[40];
        Arrays.fill(key, (byte) 3);
        Path keyFile = Files.write(temp.resolve("key"), key);
        ImpactCliTest.Run run = ImpactCliTest.run("import", CSV.toString(), "--pseudonymise-key", keyFile.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Dataset dataset = ImpactJson.read(run.out());
        assertThat(run.out()).doesNotContain("cae-exemple-p001");
        assertThat(dataset.participants().get(0).id()).isEqualTo(Pseudonymizer.of(key).pseudonymize("cae-exemple-p001"));
    }

    @Test
    void shortKeyIsUnusableAndDamagedFolderIsInvalidWithLocations() throws IOException {
        Path keyFile = Files.write(temp.resolve("short"), new byte[8]);
        assertThat(ImpactCliTest.run("import", CSV.toString(), "--pseudonymise-key", keyFile.toString()).status())
                .isEqualTo(ImpactCli.UNUSABLE);
        Path folder = temp.resolve("bad");
        Files.createDirectories(folder);
        for (Path file : Files.list(CSV).filter(Files::isRegularFile).toList()) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        String participants = Files.readString(folder.resolve("participants.csv"));
        Files.writeString(folder.resolve("participants.csv"), participants.replaceFirst(",MAN,", ",Licorne,"));
        ImpactCliTest.Run strict = ImpactCliTest.run("import", folder.toString());
        assertThat(strict.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(strict.err()).contains("participants.csv:2:5 (gender) [CSV_INVALID_CODE]");
        ImpactCliTest.Run lenient = ImpactCliTest.run("import", folder.toString(), "--lenient", "-o",
                temp.resolve("kept.json").toString());
        assertThat(lenient.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(lenient.err()).contains("42 participant(s) read, 41 accepted, 1 rejected");
        assertThat(ImpactJson.read(Files.readString(temp.resolve("kept.json"))).participants()).hasSize(41);
    }
}
