package io.github.caeimpact.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndicatorEngineTest {

    private static List<IndicatorCalculator> shippedCalculators() {
        List<IndicatorCalculator> shipped = new ArrayList<>();
        for (IndicatorCalculator calculator : ServiceLoader.load(IndicatorCalculator.class)) {
            if (calculator.getClass().getName().startsWith("io.github.caeimpact.indicators.internal.")) {
                shipped.add(calculator);
            }
        }
        return shipped;
    }

    @Test
    void everyDefinitionHasACalculatorAndEveryCalculatorADefinition() {
        Set<String> definitions = new TreeSet<>();
        Catalogue.shipped().definitions().forEach(d -> definitions.add(d.id()));
        List<String> calculatorIds = shippedCalculators().stream().map(IndicatorCalculator::indicatorId).sorted().toList();
        assertThat(calculatorIds).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(calculatorIds)).isEqualTo(definitions);
    }

    @Test
    void engineOnTheShippedCatalogueUsesOnlyAbstractCalculators() {
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        assertThat(engine.calculators().keySet()).containsExactlyElementsOf(
                Catalogue.shipped().definitions().stream().map(IndicatorDefinition::id).toList());
        engine.calculators().values().forEach(c -> assertThat(c.getClass().getName()).startsWith("io.github.caeimpact.indicators.internal."));
    }

    @Test
    void definitionWithoutCalculatorIsAnErrorNamingIt() {
        List<IndicatorCalculator> allButOne = shippedCalculators().stream().filter(c -> !c.indicatorId().equals("PUB04")).toList();
        assertThatThrownBy(() -> IndicatorEngine.of(Catalogue.shipped(), allButOne))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PUB04 1.0.0 has no calculator");
    }

    @Test
    void twoCalculatorsForOneDefinitionIsAnError() {
        List<IndicatorCalculator> doubled = new ArrayList<>(shippedCalculators());
        doubled.add(shippedCalculators().get(0));
        assertThatThrownBy(() -> IndicatorEngine.of(Catalogue.shipped(), doubled))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("several calculators");
    }

    @Test
    void datasetFileIsMeasuredAsAStreamLikeTheDatasetInMemory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        java.nio.file.Path file = directory.resolve("dataset.json");
        io.github.caeimpact.model.Dataset generated = Fixtures.dataset(ParticipantGenerator.ORGANISATIONS,
                new ParticipantGenerator(31L).participants(2_000));
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            io.github.caeimpact.model.json.ImpactJson.write(generated, out);
        }
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        MeasureOptions options = MeasureOptions.defaults();
        StreamedReport streamed = engine.measure(file, options);
        io.github.caeimpact.model.json.ReadResult lenient;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            lenient = io.github.caeimpact.model.json.ImpactJson.readLenient(in);
        }
        assertThat(streamed.read().accepted()).isEqualTo(lenient.accepted()).isPositive();
        assertThat(streamed.read().rejected()).as("rejected: %s", streamed.read().rejectedParticipants()).isEqualTo(lenient.rejected());
        assertThat(streamed.report()).isEqualTo(engine.measure(lenient.dataset(), options));
    }

    @Test
    void oneAndFourThreadsStreamedOrInMemoryGiveTheSameReportByteForByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        long seed = 20_261_202L;
        java.nio.file.Path file = directory.resolve("consortium.json");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            io.github.caeimpact.model.json.ImpactJson.write(Fixtures.dataset(ParticipantGenerator.ORGANISATIONS,
                    new ParticipantGenerator(seed).participants(1_500)), out);
        }
        io.github.caeimpact.model.Dataset consortium; // the participants a streamed read accepts, held in memory
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            consortium = io.github.caeimpact.model.json.ImpactJson.readLenient(in).dataset();
        }
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        MeasureOptions options = MeasureOptions.defaults();
        String one = engine.measure(consortium, options, 1).toJson();
        assertThat(engine.measure(consortium, options, 4).toJson()).as("seed %d, 4 threads in memory", seed).isEqualTo(one);
        for (int threads : new int[] {1, 4}) {
            java.util.concurrent.atomic.AtomicLong progress = new java.util.concurrent.atomic.AtomicLong();
            StreamedReport streamed;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                streamed = engine.measure(in, options, threads, progress::set);
            }
            assertThat(streamed.report().toJson()).as("seed %d, %d threads streamed", seed, threads).isEqualTo(one);
            assertThat(progress.get()).isEqualTo(streamed.read().accepted()).isEqualTo(streamed.report().participants());
        }
        assertThat(consortium.participants()).hasSizeGreaterThan(900);
    }

    @Test
    void streamedReadWithTheSurveyCheckLeavesOutAParticipantWhoseAnswerFitsNoInstrument() throws Exception {
        Catalogue catalogue = Catalogue.shipped();
        // The hand-made dataset: valid, and every answer fits its instrument.
        io.github.caeimpact.model.Dataset dataset = HandMadeDataset.dataset();
        assertThat(io.github.caeimpact.indicators.survey.SurveyCheck.of(catalogue).check(dataset).errors()).isEmpty();
        String valid = io.github.caeimpact.model.json.ImpactJson.writeString(dataset);
        // The first answer's item is misspelt: the dataset rules accept it, its instrument does not.
        String misspelt = valid.replaceFirst("\"item\" : \"[a-z_0-9]+\"", "\"item\" : \"skils_gained\"");
        assertThat(misspelt).isNotEqualTo(valid);
        io.github.caeimpact.model.Dataset inMemory = io.github.caeimpact.model.json.ImpactJson.read(misspelt);
        int bad = 0;
        while (inMemory.participants().get(bad).surveys().isEmpty()) {
            bad++;
        }
        IndicatorEngine engine = IndicatorEngine.of(catalogue);
        StreamedReport checked = engine.measure(new java.io.ByteArrayInputStream(misspelt.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                MeasureOptions.defaults(), 2, read -> { }, io.github.caeimpact.indicators.survey.SurveyCheck.of(catalogue));

        assertThat(checked.read().rejected()).isEqualTo(1);
        assertThat(checked.read().accepted() + checked.read().rejected()).isEqualTo(checked.read().read());
        assertThat(checked.read().report().errors()).extracting(p -> p.path(), p -> p.code()).containsExactly(org.assertj.core.groups.Tuple
                .tuple("$.participants[" + bad + "].surveys[0].answers[0].item", io.github.caeimpact.indicators.survey.SurveyRuleCodes.SURVEY_UNKNOWN_ITEM));
        java.util.List<io.github.caeimpact.model.Participant> rest = new java.util.ArrayList<>(inMemory.participants());
        rest.remove(bad);
        assertThat(checked.report()).isEqualTo(engine.measure(inMemory.withParticipants(rest), MeasureOptions.defaults()));
        // Without the check, the misspelt answer is read as no answer, as in memory.
        StreamedReport unchecked = engine.measure(new java.io.ByteArrayInputStream(misspelt.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                MeasureOptions.defaults(), 2, read -> { });
        assertThat(unchecked.read().rejected()).isZero();
    }

    @Test
    void streamedFileLeavesOutAnInvalidParticipantAndAccountsForIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        // A valid generated dataset (the model's generator), so that the one broken participant is the only one rejected.
        io.github.caeimpact.model.Dataset generated = io.github.caeimpact.model.testing.DatasetGenerator.dataset(37L, 60);
        int n = generated.participants().size();
        assertThat(n).as("participants generated").isGreaterThan(1);
        String valid = io.github.caeimpact.model.json.ImpactJson.writeString(generated);
        // The first participant's birth year becomes 1850, below the model's range.
        String broken = valid.replaceFirst("\"birthYear\" : \\d+", "\"birthYear\" : 1850");
        java.nio.file.Path file = java.nio.file.Files.writeString(directory.resolve("one-bad.json"), broken);
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        MeasureOptions options = MeasureOptions.defaults();

        StreamedReport streamed = engine.measure(file, options);

        assertThat(streamed.read().read()).isEqualTo(n);
        assertThat(streamed.read().rejected()).isEqualTo(1);
        assertThat(streamed.read().rejectedParticipants().get(0).path()).isEqualTo("$.participants[0]");
        assertThat(streamed.report()).isEqualTo(engine.measure(
                generated.withParticipants(generated.participants().subList(1, n)), options));
    }

    @Test
    void streamedFileWhoseParticipantsComeFirstIsRefusedWithThePath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(directory.resolve("order.json"),
                "{\"participants\": [], \"schemaVersion\": \"1.0\", \"referenceDate\": \"2026-06-30\", "
                        + "\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"organisations\": []}");
        assertThatThrownBy(() -> IndicatorEngine.of(Catalogue.shipped()).measure(file, MeasureOptions.defaults()))
                .isInstanceOfSatisfying(io.github.caeimpact.model.validation.InvalidInputException.class,
                        e -> assertThat(e.report().errors()).isNotEmpty()
                                .allSatisfy(p -> assertThat(p.path()).startsWith("$.")));
    }

    @Test
    void measureByYearGivesOneReportPerCalendarYearClippedToThePeriod() {
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        io.github.caeimpact.model.Period period = io.github.caeimpact.model.Period.of(java.time.LocalDate.of(2024, 7, 1),
                java.time.LocalDate.of(2025, 12, 31));
        List<io.github.caeimpact.model.Participant> people = new ParticipantGenerator(404L).participants(300);
        io.github.caeimpact.model.Dataset dataset = io.github.caeimpact.model.Dataset.of(Fixtures.REFERENCE, period,
                ParticipantGenerator.ORGANISATIONS, people);
        MeasureOptions options = MeasureOptions.defaults();
        List<IndicatorReport> years = engine.measureByYear(dataset, options);
        assertThat(years).extracting(IndicatorReport::period).containsExactly(
                io.github.caeimpact.model.Period.of(java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2024, 12, 31)),
                io.github.caeimpact.model.Period.ofYear(2025));
        assertThat(years.get(1)).isEqualTo(engine.measure(Fixtures.dataset(ParticipantGenerator.ORGANISATIONS, people), options));
        assertThat(years.get(0)).isNotEqualTo(years.get(1));
        assertThat(years.get(1).toJson()).contains("\"ENTRY_YEAR\"").doesNotContain("\"YEAR\"");
    }
}
