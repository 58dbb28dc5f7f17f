package io.github.caeimpact.sroi;

import io.github.caeimpact.sroi.rules.MapRuleCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.model.json.internal.StrictJson;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import io.github.caeimpact.sroi.map.Direction;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.FunderKind;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ImpactMapsTest {

    private static final ObjectMapper JSON = StrictJson.mapper();

    private static final String VALID = """
            {
              "name": "test map",
              "currency": "EUR",
              "analysisYear": 2017,
              "mode": "FORECAST",
              "discounting": {"scheme": "FLAT", "rate": 0.035},
              "stakeholders": [{"id": "es", "label": "entrepreneurs"}, {"id": "state", "label": "State"}],
              "inputs": [{"funder": "Métropole", "description": "grant", "amount": 1000, "inKind": false}],
              "outcomes": [
                {"id": "o1", "stakeholder": "es", "dimension": "WELLBEING", "description": "well-being",
                 "quantity": 10,
                 "proxy": {"value": 100, "unit": "EUR per person", "baseYear": 2015, "source": "a study"},
                 "durationYears": 2, "deadweight": 0.2, "displacement": 0, "attribution": [0.1, 0.2],
                 "dropOff": 0.1, "evidence": "SURVEY"},
                {"id": "o2", "stakeholder": "state", "description": "contributions",
                 "quantity": {"indicator": "PFI02"}, "proxy": {"ref": "LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR"},
                 "durationYears": 1, "deadweight": 0.5, "displacement": 0, "attribution": 0, "dropOff": 0,
                 "leakage": 0.1, "evidence": "MEASURED"}
              ]
            }
            """;

    private static ImpactMap parse(String json) {
        return ImpactMaps.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ValidationReport validateAfter(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        change.accept(root);
        return ImpactMaps.validate(parse(JSON.writeValueAsString(root)));
    }

    private static ObjectNode outcome(ObjectNode root, int index) {
        return (ObjectNode) root.get("outcomes").get(index);
    }

    private static void assertOneError(ValidationReport report, String path, String code) {
        assertThat(report.errors()).as(report.toString()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.code()).isEqualTo(code);
        });
    }

    private static Problem readFailure(String json) {
        try {
            parse(json);
        } catch (InvalidInputException e) {
            return e.report().errors().get(0);
        }
        throw new AssertionError("no failure");
    }

    @Test
    void validMapPassesAndReadsEveryField() {
        ImpactMap map = parse(VALID);
        assertThat(ImpactMaps.validate(map).problems()).isEmpty();
        assertThat(map.outcomes().get(0).attribution()).containsExactly(new BigDecimal("0.1"), new BigDecimal("0.2"));
        assertThat(map.outcomes().get(1).attribution()).containsExactly(BigDecimal.ZERO);
        assertThat(map.outcomes().get(1).quantity()).isEqualTo(Quantity.bound("PFI02"));
        assertThat(map.outcomes().get(1).proxy()).isEqualTo(ProxySpec.ref("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR"));
        assertThat(map.discounting()).isEqualTo(Discounting.flat(new BigDecimal("0.035")));
    }

    @Test
    void writingAndReadingAMapGivesTheSameMap() {
        ImpactMap map = parse(VALID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImpactMaps.write(map, out);
        ImpactMap again = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(map);
        assertThat(ImpactMaps.toJson(again)).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyDiscountingSchemeRoundTrips() {
        for (Discounting scheme : List.of(Discounting.flat(new BigDecimal("0.035")), Discounting.fr2021(BigDecimal.ONE),
                new Discounting.Fr2013(BigDecimal.ONE), new Discounting.UkGreenBook(null),
                new Discounting.Schedule(List.of(new BigDecimal("0.03"), new BigDecimal("0.02"))))) {
            ImpactMap map = parse(VALID).withDiscounting(scheme);
            assertThat(parse(ImpactMaps.toJson(map)).discounting()).isEqualTo(scheme);
        }
        assertThat(ImpactMaps.toJson(parse(VALID).withDiscounting(new Discounting.UkGreenBook(null))))
                .contains("\"scheme\" : \"UK_GREEN_BOOK\"");
    }

    @Test
    void exampleMapIsValid() {
        ImpactMap example = ImpactMaps.example();
        assertThat(example.outcomes()).extracting(Outcome::dimension).contains(Dimension.PUBLIC_FINANCE, Dimension.WELLBEING);
    }

    @Test
    void readRejectsAnInvalidMapWithEveryProblem() {
        String broken = VALID.replace("\"deadweight\": 0.2", "\"deadweight\": 1.2").replace("\"amount\": 1000", "\"amount\": 0");
        assertThatThrownBy(() -> ImpactMaps.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.report().errors())
                        .extracting(Problem::path).containsExactlyInAnyOrder("$.outcomes[0].deadweight", "$.inputs"));
    }

    @Test
    void shareAboveOneIsReportedAtItsPath() throws Exception {
        assertOneError(validateAfter(r -> outcome(r, 0).put("deadweight", 1.2)), "$.outcomes[0].deadweight",
                "FIELD_OUT_OF_RANGE");
    }

    @Test
    void negativeAttributionShareIsReportedAtItsIndex() throws Exception {
        assertOneError(validateAfter(r -> ((ArrayNode) outcome(r, 0).get("attribution")).set(1, -0.1)),
                "$.outcomes[0].attribution[1]", "FIELD_OUT_OF_RANGE");
    }

    @Test
    void negativeInputAmountIsReported() throws Exception {
        ValidationReport report = validateAfter(r -> ((ObjectNode) r.get("inputs").get(0)).put("amount", -5));
        assertThat(report.errors()).extracting(Problem::path, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("$.inputs[0].amount", "AMOUNT_NEGATIVE"));
    }

    @Test
    void negativeQuantityIsReported() throws Exception {
        assertOneError(validateAfter(r -> outcome(r, 0).put("quantity", -1)), "$.outcomes[0].quantity",
                "AMOUNT_NEGATIVE");
    }

    @Test
    void unknownStakeholderReferenceIsReported() throws Exception {
        assertOneError(validateAfter(r -> outcome(r, 1).put("stakeholder", "nobody")), "$.outcomes[1].stakeholder",
                "UNKNOWN_STAKEHOLDER");
    }

    @Test
    void unknownInputStakeholderIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) r.get("inputs").get(0)).remove("funder"))
                .and(ValidationReport.EMPTY), "$.inputs[0]", "INPUT_CONTRIBUTOR");
        assertOneError(validateAfter(r -> {
            ObjectNode input = (ObjectNode) r.get("inputs").get(0);
            input.remove("funder");
            input.put("stakeholder", "nobody");
        }), "$.inputs[0].stakeholder", "UNKNOWN_STAKEHOLDER");
    }

    @Test
    void duplicateOutcomeIdIsReported() throws Exception {
        assertOneError(validateAfter(r -> outcome(r, 1).put("id", "o1")), "$.outcomes[1].id", "DUPLICATE_OUTCOME_ID");
    }

    @Test
    void duplicateStakeholderIdIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ArrayNode) r.get("stakeholders")).addObject().put("id", "es").put("label", "x")),
                "$.stakeholders[2].id", "DUPLICATE_STAKEHOLDER_ID");
    }

    @Test
    void proxyWithoutSourceIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) outcome(r, 0).get("proxy")).remove("source")),
                "$.outcomes[0].proxy.source", "FIELD_REQUIRED");
    }

    @Test
    void proxyWithoutBaseYearIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) outcome(r, 0).get("proxy")).remove("baseYear")),
                "$.outcomes[0].proxy.baseYear", "FIELD_REQUIRED");
    }

    @Test
    void unknownProxyReferenceIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) outcome(r, 1).get("proxy")).put("ref", "NO_SUCH_PROXY")),
                "$.outcomes[1].proxy.ref", "UNKNOWN_PROXY_REF");
    }

    @Test
    void zeroTotalInputIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) r.get("inputs").get(0)).put("amount", 0)), "$.inputs",
                "ZERO_TOTAL_INPUT");
    }

    @Test
    void nonPositiveDurationIsReported() throws Exception {
        assertOneError(validateAfter(r -> outcome(r, 0).put("durationYears", 0)), "$.outcomes[0].durationYears",
                "FIELD_OUT_OF_RANGE");
    }

    @Test
    void analysisYearBeforeProxyBaseYearIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) outcome(r, 0).get("proxy")).put("baseYear", 2030)),
                "$.outcomes[0].proxy.baseYear", "PROXY_AFTER_ANALYSIS_YEAR");
    }

    @Test
    void revaluationOutsideThePriceIndexIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) outcome(r, 0).get("proxy")).put("baseYear", 2010)),
                "$.outcomes[0].proxy.baseYear", "REVALUATION_IMPOSSIBLE");
    }

    @Test
    void revaluationNoneNeedsNoIndex() throws Exception {
        assertThat(validateAfter(r -> {
            ((ObjectNode) outcome(r, 0).get("proxy")).put("baseYear", 2010);
            r.putObject("conventions").put("revaluation", "NONE");
        }).problems()).isEmpty();
    }

    @Test
    void missingRequiredFieldIsReported() throws Exception {
        assertOneError(validateAfter(r -> r.remove("name")), "$.name", "FIELD_REQUIRED");
        assertOneError(validateAfter(r -> outcome(r, 0).remove("deadweight")), "$.outcomes[0].deadweight", "FIELD_REQUIRED");
    }

    @Test
    void unknownOutcomeInConventionsIsReported() throws Exception {
        assertOneError(validateAfter(r -> r.putObject("conventions").putArray("dropOffFromYearOne").add("nope")),
                "$.conventions.dropOffFromYearOne[0]", "UNKNOWN_OUTCOME");
    }

    @Test
    void inputYearInForecastModeIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) r.get("inputs").get(0)).put("year", 2016)), "$.inputs[0].year",
                "INPUT_YEAR_IN_FORECAST");
    }

    @Test
    void evaluativeYearsComeBeforeTheAnalysisYearAndAForecastHasNone() throws Exception {
        // VALID is a forecast with analysis year 2017 and a 2017 input without a year.
        assertOneError(validateAfter(r -> r.put("mode", "EVALUATIVE").put("firstYear", 2018)), "$.firstYear",
                MapRuleCodes.FIRST_YEAR_AFTER_ANALYSIS);
        assertOneError(validateAfter(r -> r.put("firstYear", 2016)), "$.firstYear", MapRuleCodes.FIRST_YEAR_IN_FORECAST);
        assertOneError(validateAfter(r -> {
            r.put("mode", "EVALUATIVE").put("firstYear", 2015);
            ((ObjectNode) r.get("inputs").get(0)).put("year", 2018);
        }), "$.inputs[0].year", MapRuleCodes.INPUT_AFTER_ANALYSIS);
        assertThat(validateAfter(r -> {
            r.put("mode", "EVALUATIVE").put("firstYear", 1900);
            ((ObjectNode) r.get("inputs").get(0)).put("year", 1900);
        }).errors()).isEmpty();
    }

    @Test
    void evaluativeModeNeedsAFirstYear() throws Exception {
        assertOneError(validateAfter(r -> r.put("mode", "EVALUATIVE")), "$.firstYear", "FIELD_REQUIRED");
    }

    @Test
    void discountRateOutOfRangeIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) r.get("discounting")).put("rate", 1.5)), "$.discounting.rate",
                "FIELD_OUT_OF_RANGE");
    }

    @Test
    void everyProblemIsCollected() throws Exception {
        ValidationReport report = validateAfter(r -> {
            outcome(r, 0).put("deadweight", 2);
            outcome(r, 1).put("dropOff", -1);
            outcome(r, 1).put("durationYears", -3);
        });
        assertThat(report.errors()).extracting(Problem::path).containsExactly("$.outcomes[0].deadweight",
                "$.outcomes[1].durationYears", "$.outcomes[1].dropOff");
    }

    @Test
    void quantityOfTheWrongShapeFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("\"quantity\": 10", "\"quantity\": \"ten\""));
        assertThat(problem.path()).isEqualTo("$.outcomes[0].quantity");
        assertThat(problem.message()).contains("number or");
    }

    @Test
    void boundQuantityWithAnUnknownFieldFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("{\"indicator\": \"PFI02\"}", "{\"indicator\": \"PFI01\", \"x\": 1}"));
        assertThat(problem.path()).isEqualTo("$.outcomes[1].quantity");
        assertThat(problem.message()).contains("unknown field 'x'");
    }

    @Test
    void attributionElementOfTheWrongTypeFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("[0.1, 0.2]", "[0.1, \"high\"]"));
        assertThat(problem.path()).isEqualTo("$.outcomes[0].attribution[1]");
    }

    @Test
    void unknownFieldInAnInlineProxyFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("\"source\": \"a study\"", "\"source\": \"a study\", \"colour\": 1"));
        assertThat(problem.path()).startsWith("$.outcomes[0].proxy");
        assertThat(problem.code()).isEqualTo("JSON_UNKNOWN_FIELD");
    }

    @Test
    void proxyReferenceWithAnotherFieldFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("{\"ref\": \"LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR\"}",
                "{\"ref\": \"LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR\", \"value\": 3}"));
        assertThat(problem.path()).isEqualTo("$.outcomes[1].proxy");
    }

    @Test
    void inlineProxyValueOfTheWrongTypeFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("\"value\": 100", "\"value\": \"cheap\""));
        assertThat(problem.path()).isEqualTo("$.outcomes[0].proxy.value");
    }

    @Test
    void flatSchemeWithoutRateIsReported() throws Exception {
        assertOneError(validateAfter(r -> ((ObjectNode) r.get("discounting")).remove("rate")), "$.discounting.rate",
                "FIELD_REQUIRED");
    }

    @Test
    void emptyDocumentIsRejected() {
        assertThat(readFailure("null").path()).isEqualTo("$");
        assertThat(readFailure("[]").path()).isEqualTo("$");
    }

    @Test
    void unknownDiscountingSchemeFailsWithItsPath() {
        Problem problem = readFailure(VALID.replace("\"FLAT\"", "\"FANCY\""));
        assertThat(problem.path()).startsWith("$.discounting");
    }

    private static List<Problem> readErrors(String json) {
        try {
            ImpactMaps.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidInputException e) {
            return e.report().errors();
        }
        throw new AssertionError("no failure");
    }

    @Test
    void absurdExponentIsAProblemWithItsPathNotACrash() {
        assertThat(readErrors(VALID.replace("\"amount\": 1000", "\"amount\": 1e999999999")))
                .extracting(Problem::path).containsExactly("$.inputs[0].amount");
    }

    @Test
    void nullListElementIsReportedAtItsPath() {
        assertThat(readErrors(VALID.replace("\"outcomes\": [", "\"outcomes\": [null, ")))
                .extracting(Problem::path).containsExactly("$.outcomes[0]");
        assertThat(readErrors(VALID.replace("[0.1, 0.2]", "[0.1, null]")))
                .extracting(Problem::path).containsExactly("$.outcomes[0].attribution[1]");
        assertThat(readErrors(VALID.replace("{\"id\": \"state\", \"label\": \"State\"}]", "null]")))
                .extracting(Problem::path).containsExactly("$.stakeholders[1]");
    }

    @Test
    void unknownFieldWrongTypeAndBrokenRuleAreReportedTogether() {
        String json = VALID.replace("\"name\": \"test map\",", "\"name\": \"test map\", \"colour\": 1,")
                .replace("\"quantity\": 10", "\"quantity\": \"ten\"")
                .replace("\"deadweight\": 0.2", "\"deadweight\": 2");
        assertThat(readErrors(json)).extracting(Problem::path).containsExactlyInAnyOrder("$.colour",
                "$.outcomes[0].quantity", "$.outcomes[0].deadweight");
    }

    private static ValidationReport validateWith(java.util.function.UnaryOperator<Outcome> change) {
        ImpactMap map = parse(VALID);
        List<Outcome> outcomes = new java.util.ArrayList<>(map.outcomes());
        outcomes.set(0, change.apply(outcomes.get(0)));
        return ImpactMaps.validate(map.withOutcomes(outcomes));
    }

    @Test
    void extremeNumbersAreBoundedSoTheEngineStaysFinite() {
        Outcome first = parse(VALID).outcomes().get(0);
        assertOneError(validateWith(o -> o.withQuantity(new Quantity.Fixed(new BigDecimal("1e400")))),
                "$.outcomes[0].quantity", "JSON_LIMIT_EXCEEDED");
        assertOneError(validateWith(o -> o.withDeductions(new BigDecimal("1e-999999999"), first.displacement(),
                first.attribution(), first.dropOff(), first.leakage())), "$.outcomes[0].deadweight", "JSON_LIMIT_EXCEEDED");
        assertOneError(validateWith(o -> o.withDurationYears(new BigDecimal("1e-400"))), "$.outcomes[0].durationYears",
                "JSON_LIMIT_EXCEEDED");
        ImpactMap map = parse(VALID);
        assertOneError(ImpactMaps.validate(map.withInputs(List.of(map.inputs().get(0).withAmount(new BigDecimal("1e13"))))),
                "$.inputs[0].amount", "JSON_LIMIT_EXCEEDED");
        assertThat(ImpactMaps.validate(map.withInputs(List.of(map.inputs().get(0).withAmount(new BigDecimal("1e12")))))
                .errors()).isEmpty();
    }

    @Test
    void yearsOutOfRangeAreProblemsNotAnEndlessCompounding() {
        ImpactMap map = parse(VALID);
        assertOneError(ImpactMaps.validate(map.evaluativeFrom(-2_000_000_000)), "$.firstYear", "FIELD_OUT_OF_RANGE");
        assertOneError(ImpactMaps.validate(map.evaluativeFrom(1)), "$.firstYear", "FIELD_OUT_OF_RANGE");
        assertThat(ImpactMaps.validate(map.evaluativeFrom(1900)).errors()).isEmpty();
        assertThat(readErrors(VALID.replace("\"analysisYear\": 2017", "\"analysisYear\": 3000")))
                .extracting(Problem::path, Problem::code).contains(org.assertj.core.groups.Tuple.tuple("$.analysisYear",
                        "FIELD_OUT_OF_RANGE"));
    }

    @Test
    void unknownEnumValueListsTheAcceptedValues() {
        Problem problem = readFailure(VALID.replace("\"evidence\": \"SURVEY\"", "\"evidence\": \"assumption\""));
        assertThat(problem.path()).isEqualTo("$.outcomes[0].evidence");
        assertThat(problem.message()).startsWith("value 'assumption' is not one of MEASURED, SURVEY, ESTIMATE, ASSUMPTION");
        Problem mode = readFailure(VALID.replace("\"mode\": \"FORECAST\"", "\"mode\": \"forecast\""));
        assertThat(mode.path()).isEqualTo("$.mode");
        assertThat(mode.message()).startsWith("value 'forecast' is not one of FORECAST, EVALUATIVE");
    }

    @Test
    void anyIso4217CurrencyIsAcceptedWithInlineProxies() throws Exception {
        ValidationReport report = validateAfter(r -> {
            r.put("currency", "CHF");
            ((ArrayNode) r.get("outcomes")).remove(1);
        });
        assertThat(report.problems()).isEmpty();
        assertOneError(validateAfter(r -> r.put("currency", "EURO")), "$.currency", "FIELD_PATTERN");
        assertOneError(validateAfter(r -> r.put("currency", "eur")), "$.currency", "FIELD_PATTERN");
    }

    @Test
    void libraryProxyInAMapOfAnotherCurrencyIsRefusedNotConverted() throws Exception {
        ValidationReport report = validateAfter(r -> r.put("currency", "USD"));
        assertOneError(report, "$.outcomes[1].proxy.ref", "PROXY_CURRENCY");
        assertThat(report.errors().get(0).message()).contains("in EUR").contains("map in USD")
                .contains("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR");
    }

    @Test
    void publishedYearValuesNeedOneNonNegativeValuePerOutcomeYear() throws Exception {
        // o1 lasts 2 years: two published values are right, three are not.
        assertThat(validateAfter(r -> outcome(r, 0).putArray("publishedYearValues").add(700).add(630)).problems())
                .isEmpty();
        assertOneError(validateAfter(r -> outcome(r, 0).putArray("publishedYearValues").add(700).add(630).add(1)),
                "$.outcomes[0].publishedYearValues", "PUBLISHED_YEARS_MISMATCH");
        assertOneError(validateAfter(r -> outcome(r, 0).putArray("publishedYearValues").add(700).add(-630)),
                "$.outcomes[0].publishedYearValues[1]", "AMOUNT_NEGATIVE");
    }

    @Test
    void statedRateIsCheckedAsARate() throws Exception {
        assertThat(validateAfter(r -> ((ObjectNode) r.get("discounting")).put("statedRate", 0.04)).problems()).isEmpty();
        assertOneError(validateAfter(r -> ((ObjectNode) r.get("discounting")).put("statedRate", 3.5)),
                "$.discounting.statedRate", "FIELD_OUT_OF_RANGE");
    }

    @Test
    void directionAndTheNewConventionsRoundTrip() {
        ImpactMap map = parse(VALID.replace("\"evidence\": \"SURVEY\"", "\"evidence\": \"SURVEY\", \"direction\": \"NEGATIVE\", "
                + "\"publishedYearValues\": [700, 630]").replace("\"rate\": 0.035", "\"rate\": 0.035, \"statedRate\": 0.04"));
        assertThat(map.outcomes().get(0).direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(map.outcomes().get(1).directionOrDefault()).isEqualTo(Direction.POSITIVE);
        assertThat(map.discounting().statedRate()).isEqualByComparingTo("0.04");
        assertThat(parse(ImpactMaps.toJson(map))).isEqualTo(map);
    }

    @Test
    void funderKindReadsAndAnUnknownKindListsTheAcceptedOnes() {
        ImpactMap map = parse(VALID.replace("\"inKind\": false}", "\"inKind\": false, \"funderKind\": \"EPCI\"}"));
        assertThat(map.inputs().get(0).funderKind()).isEqualTo(FunderKind.EPCI);
        assertThat(parse(VALID).inputs().get(0).funderKindOrDefault()).isEqualTo(FunderKind.OTHER);
        Problem problem = readFailure(VALID.replace("\"inKind\": false}", "\"inKind\": false, \"funderKind\": \"CITY\"}"));
        assertThat(problem.path()).isEqualTo("$.inputs[0].funderKind");
        assertThat(problem.message()).startsWith("value 'CITY' is not one of COMMUNE, EPCI, DEPARTEMENT, REGION, STATE, "
                + "ESF, PRIVATE, OWN_CONTRIBUTION, OTHER");
    }

    @Test
    void aMapIsValidatedOnceAgainstTheSameLibraryAndIndex() {
        ImpactMap map = ImpactMaps.read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));
        ProxyLibrary library = ProxyLibrary.standard();
        PriceIndex index = PriceIndex.standard();
        // read checked it: the engine's check returns that report, without a second pass
        ValidationReport onRead = ImpactMaps.validate(map, library, index);
        assertThat(ImpactMaps.validate(map, library, index)).isSameAs(onRead);
        assertThat(onRead.isValid()).isTrue();
        // a changed map is a new value, checked anew
        ImpactMap changed = map.withInputs(List.of());
        assertThat(ImpactMaps.validate(changed, library, index).errors()).extracting(Problem::path).contains("$.inputs");
    }
}
