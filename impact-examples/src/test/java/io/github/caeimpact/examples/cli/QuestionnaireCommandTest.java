package io.github.caeimpact.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact questionnaire}, and survey answers checked by {@code validate}, {@code measure} and {@code esf}. */
class QuestionnaireCommandTest {

    @TempDir
    Path temp;

    @Test
    void questionnairePrintsMarkdownInFrenchByDefaultAndHtmlInEnglish() {
        ImpactCliTest.Run markdown = ImpactCliTest.run("questionnaire", "CAE-IMPACT-ENTRY");
        assertThat(markdown.status()).as(markdown.err()).isZero();
        assertThat(markdown.out()).startsWith("# Questionnaire d'entrée CAE-IMPACT\n").contains("`isolation`");
        ImpactCliTest.Run html = ImpactCliTest.run("questionnaire", "CAE-IMPACT-FOLLOW-UP", "--lang", "EN", "--format", "html");
        assertThat(html.status()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Are you in work today");
        assertThat(ImpactCliTest.run("questionnaire", "NO-SUCH").status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void misspelledItemIsRejectedByValidateMeasureAndEsfWithItsPath() throws IOException {
        String sample = Files.readString(ImpactCliTest.SAMPLE);
        assertThat(sample).contains("\"item\" : \"cae_decisive\"");
        Path bad = Files.writeString(temp.resolve("bad.json"), sample.replaceFirst("\"item\" : \"cae_decisive\"",
                "\"item\" : \"cae_decisve\""));
        // In memory, and streamed participant by participant as a file too large to hold would be.
        for (String[] command : new String[][] {{"validate"}, {"measure"}, {"esf"}, {"validate", "--in-memory-limit", "1000"},
                {"measure", "--stream"}, {"esf", "--in-memory-limit", "1000"}}) {
            List<String> args = new ArrayList<>(List.of(command));
            args.add(bad.toString());
            ImpactCliTest.Run run = ImpactCliTest.run(args.toArray(String[]::new));
            assertThat(run.status()).as(args.toString()).isEqualTo(ImpactCli.INVALID_INPUT);
            assertThat(run.err()).as(args.toString()).containsPattern("ERROR \\$\\.participants\\[\\d+]\\.surveys\\[\\d+]\\.answers\\[\\d+]"
                    + "\\.item \\[SURVEY_UNKNOWN_ITEM] item 'cae_decisve' is not in CAE-IMPACT-ANNUAL");
        }
    }

    @Test
    void measureReportsResponseRatesPerInstrumentAndTimePoint() {
        ImpactCliTest.Run run = ImpactCliTest.run("measure", ImpactCliTest.SAMPLE.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"responseRates\"").contains("\"instrument\" : \"CAE-IMPACT-ANNUAL\"")
                .contains("\"timePoint\" : \"ANNUAL\"");
    }
}
