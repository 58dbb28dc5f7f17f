package io.github.caeimpact.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.Release;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactCliTest {

    static final Path SAMPLE = Path.of("data", "sample-cae.json");
    @TempDir
    Path temp;

    /** The example map shipped by impact-sroi, written where the command line can read it. */
    private Path exampleMap;

    @org.junit.jupiter.api.BeforeEach
    void writeExampleMap() throws IOException {
        exampleMap = write("example-map.json", io.github.caeimpact.sroi.ImpactMaps.toJson(io.github.caeimpact.sroi.ImpactMaps.example()));
    }

    /** The outcome of one run: status, standard output, standard error. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ImpactCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsTheShippedSample() {
        Run run = run("validate", SAMPLE.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid dataset").contains("42 participant(s)");
    }

    @Test
    void validateAcceptsTheExampleMap() {
        Run run = run("validate", exampleMap.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid impact map");
    }

    @Test
    void invalidDatasetExitsWithOneAndNamesThePath() throws IOException {
        String bad = Files.readString(SAMPLE).replaceFirst("\"birthYear\" : \\d+", "\"birthYear\" : \"old\"");
        Path file = write("bad.json", bad);
        Run run = run("validate", file.toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("$.participants[0].birthYear");
    }

    @Test
    void malformedJsonExitsWithOne() throws IOException {
        Run run = run("validate", write("cut.json", "{\"participants\": [").toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).startsWith("ERROR $");
    }

    @Test
    void lenientValidationCountsEveryParticipant() throws IOException {
        String bad = Files.readString(SAMPLE).replaceFirst("\"birthYear\" : \\d+", "\"birthYear\" : 1850");
        Run run = run("validate", "--lenient", write("one-bad.json", bad).toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.out()).contains("42 participant(s) read, 41 accepted, 1 rejected");
    }

    @Test
    void missingFileExitsWithTwo() {
        Run run = run("validate", temp.resolve("absent.json").toString());
        assertThat(run.status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run.err()).contains("cannot read").contains("absent.json");
    }

    @Test
    void fileOfUnknownKindExitsWithTwo() throws IOException {
        Run run = run("validate", write("other.json", "{\"hello\": 1}").toString());
        assertThat(run.status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run.err()).contains("neither a dataset");
    }

    @Test
    void unknownOptionExitsWithTwo() {
        assertThat(run("sroi", "--no-such-option", exampleMap.toString()).status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run().status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void sroiPrintsTheHeadlineFigures() throws IOException {
        Run run = run("sroi", exampleMap.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode result = StrictJson.mapper().readTree(run.out());
        for (String field : new String[] {"presentValue", "npv", "totalInputs", "sroiRatio", "netSroiRatio",
            "paybackMonths", "byStakeholder"}) {
            assertThat(result.has(field)).as(field).isTrue();
        }
        assertThat(result.get("sroiRatio").decimalValue().multiply(result.get("totalInputs").decimalValue()).doubleValue())
                .isCloseTo(result.get("presentValue").doubleValue(), org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void sroiOfAnInvalidMapExitsWithOneAndNamesThePath() throws IOException {
        String bad = Files.readString(exampleMap).replaceFirst("\"deadweight\" ?: [0-9.]+", "\"deadweight\": 1.5");
        Run run = run("sroi", write("bad-map.json", bad).toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("$.outcomes[0].deadweight");
    }

    @Test
    void sampleIsDeterministicAndValid() throws IOException {
        Run first = run("sample", "--seed", "3", "--participants", "25");
        Run second = run("sample", "--seed", "3", "--participants", "25");
        assertThat(first.status()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        Path file = write("sample.json", first.out());
        assertThat(run("validate", file.toString()).status()).isZero();
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static final Path SAMPLE_MAP = Path.of("data", "sample-sroi-map.json");

    @Test
    void measurePrintsEveryIndicatorOfTheCatalogue() throws IOException {
        Run run = run("measure", SAMPLE.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode report = StrictJson.mapper().readTree(run.out());
        assertThat(report.get("participants").asInt()).isEqualTo(42);
        assertThat(report.get("indicators")).hasSize(io.github.caeimpact.indicators.Catalogue.shipped().definitions().size());
    }

    @Test
    void measureWithAnExtensionDeclaredAsDataPublishesItsIndicatorsInTheRelease() throws IOException {
        Path extension = Path.of("data", "declared-extension.json");
        Run run = run("measure", SAMPLE.toString(), "--catalogue", extension.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Catalogue catalogue;
        try (java.io.InputStream in = Files.newInputStream(extension)) {
            catalogue = Catalogue.shipped().withExtension(in);
        }
        List<String> declared = catalogue.definitions().stream().filter(d -> d.computation() != null).map(d -> d.id()).toList();
        assertThat(declared).containsExactly("XDE01", "XDE02", "XDE03", "XDE04", "XDE05", "XDE06");
        Release release = Release.of(IndicatorEngine.of(catalogue), sample(), MeasureOptions.defaults());
        assertThat(withoutDisclosure(run.out())).isEqualTo(tree(release.indicators().toJson()));
        JsonNode indicators = tree(run.out()).get("indicators");
        assertThat(indicators).hasSize(Catalogue.shipped().definitions().size() + declared.size());
        // The gross pay of the sample's entrepreneurs is about enough people to be shown, and is.
        assertThat(release.indicators().result("XDE04")).hasValueSatisfying(r -> assertThat(r.counted()).isGreaterThanOrEqualTo(5));
        assertThat(release.indicators().section("XDE04").overall().masked()).isNull();
    }

    @Test
    void measurePublishesTheReleaseInMemoryAndMasksEachTableOnItsOwnWhenStreamed() {
        Dataset dataset = sample();
        Run strict = run("measure", SAMPLE.toString());
        assertThat(strict.status()).as(strict.err()).isZero();
        Release release = Release.of(IndicatorEngine.of(Catalogue.shipped()), dataset, MeasureOptions.defaults());
        assertThat(withoutDisclosure(strict.out())).isEqualTo(tree(release.indicators().toJson()));
        assertThat(tree(strict.out()).get("disclosure").get("masked")).isEqualTo(StrictJson.mapper().valueToTree(release.disclosure().masked()));
        assertThat(tree(strict.out()).get("disclosure").get("sentences").get(0).asText()).isEqualTo(release.disclosure().sentences().get(0));
        assertThat(strict.err()).contains("masked together, over");
        Run streamed = run("measure", "--stream", SAMPLE.toString());
        assertThat(streamed.status()).as(streamed.err()).isZero();
        assertThat(withoutDisclosure(streamed.out())).isEqualTo(tree(IndicatorEngine.of(Catalogue.shipped()).measure(dataset, MeasureOptions.defaults()).toJson()));
        assertThat(tree(streamed.out()).get("disclosure").get("streamed").asBoolean()).isTrue();
        assertThat(streamed.err()).contains("42 participant(s) read, 42 accepted, 0 rejected")
                .contains("Disclosure control (streamed): each table is masked on its own");
    }

    @Test
    void measureWithACellKeyPublishesThePerturbedReleaseAndSaysSo() throws IOException {
        byte[] key = "a secret key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);
        Path keyFile = temp.resolve("cell.key");
        Files.write(keyFile, key);
        Run run = run("measure", "--cell-key", keyFile.toString(), SAMPLE.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(withoutDisclosure(run.out())).isEqualTo(tree(Release.of(IndicatorEngine.of(Catalogue.shipped()), sample(), MeasureOptions.defaults(),
                io.github.caeimpact.indicators.disclosure.CellKey.of(key)).indicators().toJson()));
        assertThat(tree(run.out()).get("disclosure").get("cellKey").asBoolean()).isTrue();
        assertThat(run.out()).isNotEqualTo(run("measure", SAMPLE.toString()).out());
        assertThat(run.err()).contains("perturbed by the cell-key method");
        Run streamed = run("measure", "--stream", "--cell-key", keyFile.toString(), SAMPLE.toString());
        assertThat(streamed.status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(streamed.err()).contains("--cell-key").contains("in memory");
        Files.write(keyFile, new byte[8]);
        assertThat(run("esf", "--cell-key", keyFile.toString(), SAMPLE.toString()).err()).contains("fewer than 32");
        Run missing = run("benchmark", "--cell-key", temp.resolve("no-such.key").toString(), SAMPLE.toString());
        assertThat(missing.status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(missing.err()).contains("cannot read the key").contains("no-such.key");
    }

    /** Reads a JSON document. */
    static JsonNode tree(String json) {
        try {
            return StrictJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a published JSON document without its disclosure statement, which must be there. */
    static JsonNode withoutDisclosure(String json) {
        com.fasterxml.jackson.databind.node.ObjectNode document = (com.fasterxml.jackson.databind.node.ObjectNode) tree(json);
        assertThat(document.has("disclosure")).as("the document states its disclosure control").isTrue();
        document.remove("disclosure");
        return document;
    }

    private static Dataset sample() {
        try (var in = Files.newInputStream(SAMPLE)) {
            return ImpactJson.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void streamedMeasureReportsRejectedParticipantsWithStatusOne() throws IOException {
        String bad = Files.readString(SAMPLE).replaceFirst("\"birthYear\" : \\d+", "\"birthYear\" : 1850");
        Run run = run("measure", "--stream", write("one-bad.json", bad).toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("41 accepted, 1 rejected").contains("$.participants[0].birthYear");
        assertThat(run.out()).contains("\"participants\" : 41");
    }

    @Test
    void measureRefusesAThresholdBelowOne() {
        assertThat(run("measure", "-k", "0", SAMPLE.toString()).status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void esfMasksEveryCellUnderTheThreshold() throws IOException {
        Run run = run("esf", "-k", "10", SAMPLE.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode rows = StrictJson.mapper().readTree(run.out()).get("rows");
        assertThat(rows).isNotEmpty();
        for (JsonNode row : rows) {
            row.get("counts").forEach(count -> assertThat(count.asLong()).as(row.get("code").asText()).isGreaterThanOrEqualTo(10));
            assertThat(row.get("counts").size() + row.get("masked").size()).isEqualTo(4);
            assertThat(row.get("masked").size()).as("never exactly one masked cell").isNotEqualTo(1);
        }
    }

    @Test
    void sroiBindsQuantitiesToTheMeasuredDataset() throws IOException {
        Run unbound = run("sroi", SAMPLE_MAP.toString());
        assertThat(unbound.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(unbound.err()).contains("$.outcomes[0].quantity.indicator").contains("PFI01");

        Run bound = run("sroi", SAMPLE_MAP.toString(), "--dataset", SAMPLE.toString());
        assertThat(bound.status()).as(bound.err()).isZero();
        // EXI04's numerator is under k in the sample: the release masks it, so its outcome is left out and named.
        assertThat(bound.err()).contains("valued on published figures only: outcomes left out, their indicator masked: "
                + "in-work-six-months-after-exit (EXI04)");
        JsonNode measure = StrictJson.mapper().readTree(run("measure", SAMPLE.toString()).out());
        JsonNode pfi01 = null;
        for (JsonNode section : measure.get("indicators")) {
            if (section.get("indicatorId").asText().equals("PFI01")) {
                pfi01 = section.get("overall").get("result");
            }
        }
        assertThat(pfi01).isNotNull();
        // The map without that outcome, with the published figure bound by hand, gives the same result.
        JsonNode map = StrictJson.mapper().readTree(SAMPLE_MAP.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) map.get("outcomes")).remove(1);
        Path reduced = write("published-map.json", map.toString());
        Run byHand = run("sroi", reduced.toString(), "--bind", "PFI01=" + pfi01.get("value").decimalValue().toPlainString());
        assertThat(byHand.status()).as(byHand.err()).isZero();
        assertThat(bound.out()).isEqualTo(byHand.out());
        // A figure the user binds is the user's own: its outcome stays.
        Run own = run("sroi", SAMPLE_MAP.toString(), "--dataset", SAMPLE.toString(), "--bind", "EXI04=" + exi04Numerator(measureUnmasked()));
        assertThat(own.status()).as(own.err()).isZero();
        assertThat(own.err()).doesNotContain("outcomes left out");
    }

    private static JsonNode measureUnmasked() throws IOException {
        return StrictJson.mapper().readTree(IndicatorEngine.of(Catalogue.shipped()).measure(sample(), MeasureOptions.defaults().withDisclosureThreshold(1)).toJson());
    }

    private static String exi04Numerator(JsonNode measure) {
        for (JsonNode section : measure.get("indicators")) {
            if (section.get("indicatorId").asText().equals("EXI04")) {
                return section.get("overall").get("result").get("numerator").decimalValue().toPlainString();
            }
        }
        throw new AssertionError("EXI04 not measured");
    }

    @Test
    void demoRunsTheConsortiumEndToEndAndItsJsonReportIsByteIdenticalAcrossRuns() throws IOException {
        Path first = temp.resolve("demo1");
        Path second = temp.resolve("demo2");
        Run run = run("demo", "-o", first.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("# CAE-IMPACT impact report").contains("## Social return on investment (SROI)")
                .contains("## Each CAE among its peers");
        assertThat(Files.readString(first.resolve("report.md"))).isEqualTo(run.out());
        assertThat(Files.readString(first.resolve("report.html"))).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        JsonNode indicators = StrictJson.mapper().readTree(first.resolve("indicators.json").toFile());
        assertThat(indicators.get("participants").asInt()).isEqualTo(569);
        JsonNode esf = StrictJson.mapper().readTree(first.resolve("esf.json").toFile());
        assertThat(esf.get("rows").get(0).get("code").asText()).isEqualTo("EECO01");
        assertThat(esf.get("disclosure")).as("the statement of the release, the same in both files").isEqualTo(indicators.get("disclosure"));
        assertThat(esf.get("disclosure").get("threshold").asInt()).isEqualTo(5);
        JsonNode sroi = StrictJson.mapper().readTree(first.resolve("sroi.json").toFile());
        JsonNode report = StrictJson.mapper().readTree(first.resolve("report.json").toFile());
        // The report's SROI ratio is the one in the written result, in French format.
        assertThat(report.get("sroi").get("headline").asText())
                .isEqualTo(sroi.get("sroiRatio").decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString().replace('.', ','));
        assertThat(report.get("peers").get("rows")).hasSize(7);
        assertThat(run.out()).as("the demo's Monte Carlo states its seed").contains("| Seed | 1 |")
                .contains("| Value per euro of local public money (commune, EPCI, département, région) | "
                        + sroi.get("valuePerEuroOfLocalPublicMoney").decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN)
                                .toPlainString().replace('.', ',') + " |");

        Run again = run("demo", "-o", second.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(second.resolve("report.json"))).as("same seed, same bytes")
                .isEqualTo(Files.readAllBytes(first.resolve("report.json")));
        assertThat(Files.readAllBytes(second.resolve("report.html"))).isEqualTo(Files.readAllBytes(first.resolve("report.html")));
    }

    @Test
    void reportWritesHtmlMarkdownAndJsonInTheChosenLanguage() throws IOException {
        Path dir = temp.resolve("report");
        Run run = run("report", SAMPLE.toString(), "--map", SAMPLE_MAP.toString(), "--lang", "fr", "-k", "5", "-o", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<html lang=\"fr\">").contains("Tableau de bord");
        assertThat(Files.readString(dir.resolve("report.md"))).startsWith("# Rapport d'impact CAE-IMPACT");
        assertThat(StrictJson.mapper().readTree(dir.resolve("report.json").toFile()).get("lang").asText()).isEqualTo("fr");
    }

    @Test
    void sampleWritesTheTiersLieuAndItReportsWithItsMap() throws IOException {
        Run sample = run("sample", "--tiers-lieu");
        assertThat(sample.status()).as(sample.err()).isZero();
        assertThat(sample.out()).isEqualTo(Files.readString(Path.of("data", "sample-tiers-lieu.json")));
        Path dir = temp.resolve("tiers-lieu");
        Run run = run("report", "data/sample-tiers-lieu.json", "--map", "data/tiers-lieu-map.json", "--lang", "en", "-o", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Tiers-lieu La Fabrique (fictitious)").contains("TLI03");
    }

    @Test
    void sampleRefusesTheConsortiumAndTheTiersLieuTogether() {
        Run run = run("sample", "--consortium", "--tiers-lieu");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--consortium and --tiers-lieu: choose one");
    }

    @Test
    void reportRefusesAnUnknownLanguageAsAnUnusableArgument() {
        Run run = run("report", SAMPLE.toString(), "--map", SAMPLE_MAP.toString(), "--lang", "de", "-o", temp.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--lang: fr or en, was 'de'");
    }

    @Test
    void benchmarkRanksEveryOrganisationOfAConsortium() throws IOException {
        Run sample = run("sample", "--organisations", "4", "--participants", "400", "--seed", "11");
        assertThat(sample.status()).as(sample.err()).isZero();
        Path consortium = write("consortium.json", sample.out());
        Run run = run("benchmark", consortium.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode positions = StrictJson.mapper().readTree(run.out()).get("positions");
        JsonNode turnover = positions.get("ACT03");
        assertThat(turnover).hasSize(4);
        // Turnover: higher is better, so ranks follow decreasing values.
        for (int i = 1; i < turnover.size(); i++) {
            assertThat(turnover.get(i - 1).get("value").decimalValue()).isGreaterThanOrEqualTo(turnover.get(i).get("value").decimalValue());
            assertThat(turnover.get(i - 1).get("rank").asInt()).isLessThanOrEqualTo(turnover.get(i).get("rank").asInt());
        }
        Run one = run("benchmark", consortium.toString(), "--organisation", "cae-02");
        assertThat(StrictJson.mapper().readTree(one.out()).get("positions").get("ACT03").get(0).get("organisationId").asText())
                .isEqualTo("cae-02");
        assertThat(run("benchmark", consortium.toString(), "--organisation", "nowhere").status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void bindingAnIndicatorNoOutcomeUsesIsAnUnusableArgument() {
        Run run = run("sroi", SAMPLE_MAP.toString(), "--dataset", SAMPLE.toString(), "--bind", "NOPE=1");
        assertThat(run.status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run.err()).contains("--bind NOPE").contains("EXI04").contains("PFI01");
    }

    @Test
    void boundValueBeyondTheQuantityBoundsIsInvalidInputNotAFailure() {
        Run run = run("sroi", SAMPLE_MAP.toString(), "--dataset", SAMPLE.toString(), "--bind", "PFI01=1e30");
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("$.outcomes[0].quantity.indicator").contains("JSON_LIMIT_EXCEEDED");
    }

    @Test
    void lenientValidationPrintsEachProblemOnce() throws IOException {
        String bad = Files.readString(SAMPLE).replaceFirst("\"birthYear\" : \\d+", "\"birthYear\" : 1850");
        Run run = run("validate", "--lenient", write("one-bad.json", bad).toString());
        assertThat(run.out()).doesNotContain("birthYear");
        assertThat(run.err().split("birthYear", -1)).hasSize(2);
    }

    @Test
    void aDirectoryIsAnUnreadableFile() {
        Run run = run("validate", temp.toString());
        assertThat(run.status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run.err()).startsWith("error: cannot read");
    }

    @Test
    void aSuppliedPriceIndexRevaluesProxiesTheShippedOneCannot() throws IOException {
        // The sample map with CPI revaluation: its 2024 proxy needs the 2024 and 2025 index values,
        // which the shipped index (2015-2017) lacks.
        String cpi = Files.readString(SAMPLE_MAP).replace("\"revaluation\": \"NONE\"", "\"revaluation\": \"CPI\"");
        Path map = write("cpi-map.json", cpi);
        Run shipped = run("sroi", map.toString(), "--dataset", SAMPLE.toString());
        assertThat(shipped.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(shipped.err()).contains("$.outcomes[1].proxy");

        // A test index (synthetic values, not INSEE's): 2024 = 100, 2025 = 102, so the 2024 proxy
        // is worth 2 % more in 2025 and that outcome's present value grows by exactly 2 %.
        Path index = write("index.json", "{\"name\": \"test index\", \"source\": \"synthetic, for this test only\", "
                + "\"values\": {\"2024\": 100, \"2025\": 102}}");
        Run revalued = run("sroi", map.toString(), "--dataset", SAMPLE.toString(), "--price-index", index.toString());
        assertThat(revalued.status()).as(revalued.err()).isZero();
        Run asDated = run("sroi", SAMPLE_MAP.toString(), "--dataset", SAMPLE.toString());
        java.math.BigDecimal before = StrictJson.mapper().readTree(asDated.out()).get("byStakeholder").get("entrepreneurs")
                .decimalValue();
        java.math.BigDecimal after = StrictJson.mapper().readTree(revalued.out()).get("byStakeholder").get("entrepreneurs")
                .decimalValue();
        assertThat(after.subtract(before.multiply(new java.math.BigDecimal("1.02"))).abs())
                .isLessThanOrEqualTo(new java.math.BigDecimal("0.01"));
    }

    @Test
    void userProxyLibraryReplacesShippedEntriesAndABadOneIsInvalidInput() throws IOException {
        // The example map's pf-rsa-avoided outcome refers to RSA_MONTHLY_SINGLE; a user's library
        // doubling it (2 x 646.52, dated 2025) doubles that outcome's present value.
        Path doubled = write("proxies.json", "{\"name\": \"user\", \"version\": \"1\", \"proxies\": [{\"id\": "
                + "\"RSA_MONTHLY_SINGLE\", \"label\": \"RSA x 2\", \"unit\": \"EUR per month\", \"indexed\": true, "
                + "\"values\": [{\"value\": 1293.04, \"baseYear\": 2025, \"source\": \"test\"}]}]}");
        JsonNode shipped = StrictJson.mapper().readTree(run("sroi", exampleMap.toString()).out());
        Run run = run("sroi", exampleMap.toString(), "--proxies", doubled.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode user = StrictJson.mapper().readTree(run.out());
        assertThat(pv(user, "pf-rsa-avoided")).isEqualByComparingTo(pv(shipped, "pf-rsa-avoided").multiply(java.math.BigDecimal.valueOf(2)));

        Path bad = write("bad-proxies.json", "{\"name\": \"user\", \"proxies\": [{\"id\": \"X\", \"values\": []}]}");
        Run refused = run("sroi", exampleMap.toString(), "--proxies", bad.toString());
        assertThat(refused.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(refused.err()).contains("$.proxies[0]");
        assertThat(run("sroi", exampleMap.toString(), "--price-index", temp.resolve("none.json").toString()).status())
                .isEqualTo(ImpactCli.UNUSABLE);
    }

    private static java.math.BigDecimal pv(JsonNode result, String outcome) {
        for (JsonNode o : result.get("outcomes")) {
            if (o.get("id").asText().equals(outcome)) {
                return o.get("presentValue").get("value").decimalValue();
            }
        }
        throw new AssertionError("no outcome " + outcome);
    }

    @Test
    void extensionCatalogueIsReadAndABadOneIsInvalidInput() throws IOException {
        Path bad = write("extra.json", "{\"id\": \"X\", \"catalogueVersion\": \"1.0.0\", \"indicators\": [null]}");
        Run run = run("measure", SAMPLE.toString(), "--catalogue", bad.toString());
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).startsWith("ERROR $");
        assertThat(run("measure", SAMPLE.toString(), "--catalogue", temp.resolve("none.json").toString()).status())
                .isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void sampleCountsOutOfRangeAreUnusableArguments() {
        assertThat(run("sample", "--participants", "0").status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run("sample", "--organisations", "8").status()).isEqualTo(ImpactCli.UNUSABLE);
        assertThat(run("sample", "--organisations", "0").status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void indicatorWithoutCalculatorIsInvalidInputNamingItAndWhatToAdd() throws IOException {
        String extra = Files.readString(Path.of("..", "impact-indicators", "src", "test", "resources", "io", "github", "caeimpact",
                "indicators", "extension", "programme-x.json")).replace("\"XPR01\"", "\"XPR99\"");
        Run run = run("measure", SAMPLE.toString(), "--catalogue", write("extra.json", extra).toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("XPR99 0.1.0 has no calculator").contains("NO_CALCULATOR")
                .contains("META-INF/services/io.github.caeimpact.indicators.IndicatorCalculator").doesNotContain("\tat ");
    }

    @Test
    void measureGivesTheSameReportOnOneOrFourThreadsInMemoryAndStreamed() {
        Run one = run("measure", SAMPLE.toString(), "--threads", "1");
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(run("measure", SAMPLE.toString(), "--threads", "4").out()).isEqualTo(one.out());
        Run streamed = run("measure", SAMPLE.toString(), "--threads", "4", "--in-memory-limit", "1000");
        assertThat(streamed.status()).as(streamed.err()).isZero();
        assertThat(run("measure", SAMPLE.toString(), "--threads", "1", "--in-memory-limit", "1000").out()).isEqualTo(streamed.out());
        assertThat(streamed.err()).contains("42 participant(s) read, 42 accepted, 0 rejected");
        assertThat(run("measure", SAMPLE.toString(), "--threads", "0").status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void medianBootstrapIsAnOptionWithItsSeedReported() {
        Run run = run("measure", SAMPLE.toString(), "--median-bootstrap", "10000", "--seed", "7");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("percentile bootstrap, 10000 resamples, seed 7");
        assertThat(run("measure", SAMPLE.toString(), "--median-bootstrap", "999").status()).isEqualTo(ImpactCli.UNUSABLE);
    }

    @Test
    void fileOverTheInMemoryLimitIsValidatedParticipantByParticipant() {
        // The limit lowered to 1,000 bytes shows the path a file of gigabytes takes: one read, nothing held but ids.
        Run run = run("validate", SAMPLE.toString(), "--in-memory-limit", "1000", "--quiet");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("read participant by participant").contains("42 participant(s) read, 42 accepted, 0 rejected");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void largeInvalidFileIsInvalidInputWithThePath() throws IOException {
        String bad = Files.readString(SAMPLE).replaceFirst("\"birthYear\" : \\d+", "\"birthYear\" : \"old\"");
        Run run = run("validate", write("bad.json", bad).toString(), "--in-memory-limit", "1000");
        assertThat(run.status()).isEqualTo(ImpactCli.INVALID_INPUT);
        assertThat(run.err()).contains("$.participants[");
    }

    @Test
    void esfInMemoryIsTheReleasesTableAndStreamedIsMaskedOnItsOwn() {
        Dataset dataset = sample();
        assertThat(withoutDisclosure(run("esf", SAMPLE.toString()).out()))
                .isEqualTo(tree(Release.of(IndicatorEngine.of(Catalogue.shipped()), dataset, MeasureOptions.defaults()).esf().toJson()));
        Run streamed = run("esf", SAMPLE.toString(), "--in-memory-limit", "1000");
        assertThat(withoutDisclosure(streamed.out())).isEqualTo(tree(EsfReport.of(dataset).masked(DisclosureControl.of(DisclosureControl.DEFAULT_K)).toJson()));
        assertThat(streamed.err()).contains("Disclosure control (streamed)");
        Run benchmark = run("benchmark", SAMPLE.toString(), "--in-memory-limit", "1000");
        assertThat(benchmark.status()).as(benchmark.err()).isZero();
        assertThat(run("benchmark", SAMPLE.toString()).status()).isZero();
    }
}
