package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Fixtures;
import io.github.caeimpact.model.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on a declared computation, broken with its path and code, and passed. */
class ComputationCheckTest {

    private static final String PATH = "$.indicators[0].computation";

    /** The problems, as "path CODE", of a one-indicator extension declaring a computation. */
    private static List<String> problems(String statistic, String unit, String computation) {
        String document = Fixtures.declaredExtension(statistic, unit, computation);
        try {
            Catalogue.shipped().with(Catalogue.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
            return List.of();
        } catch (InvalidInputException e) {
            return e.report().errors().stream().map(p -> p.path() + " " + p.code()).toList();
        }
    }

    @Test
    void eachShapePassesWithWhatItsStatisticNeeds() {
        assertThat(problems("COUNT", "COUNT", "{\"population\": \"ENTRANTS\", \"where\": [{\"field\": \"gender\", \"in\": [\"WOMAN\"]}]}"))
                .isEmpty();
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rural\", \"is\": true}}"))
                .isEmpty();
        assertThat(problems("SUM", "EUR", "{\"population\": \"WITH_ACTIVITY\", \"value\": {\"field\": \"activity.grossPay\"}}")).isEmpty();
        assertThat(problems("PAIRED_MEAN_CHANGE", "POINTS", "{\"population\": \"ENTREPRENEURS\", "
                + "\"before\": {\"instrument\": \"CAE-IMPACT-ENTRY\", \"item\": \"isolation\", \"timePoint\": \"ENTRY\"}, "
                + "\"after\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"isolation\"}}")).isEmpty();
    }

    @Test
    void aPartTheStatisticNeedsIsMissingAndAPartItDoesNotUseIsInconsistent() {
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\"}")).containsExactly(PATH + ".condition FIELD_REQUIRED");
        assertThat(problems("SUM", "EUR", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rural\", \"is\": true}}"))
                .containsExactly(PATH + ".condition FIELDS_INCONSISTENT", PATH + ".value FIELD_REQUIRED");
        assertThat(problems("PAIRED_MEAN_CHANGE", "POINTS", "{\"population\": \"ENTRANTS\", "
                + "\"before\": {\"instrument\": \"CAE-IMPACT-ENTRY\", \"item\": \"isolation\"}}")).containsExactly(PATH + ".after FIELD_REQUIRED");
    }

    @Test
    void anOperatorMustFitWhatTheOperandHolds() {
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"gender\", \"is\": true}}"))
                .containsExactly(PATH + ".condition.is FIELDS_INCONSISTENT");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rural\", \"atLeast\": 1}}"))
                .containsExactly(PATH + ".condition.atLeast FIELDS_INCONSISTENT");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", "
                + "\"condition\": {\"field\": \"activity.trainings\", \"in\": [\"ONE\"]}}")).containsExactly(PATH + ".condition.in FIELDS_INCONSISTENT");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rural\"}}"))
                .containsExactly(PATH + ".condition FIELD_REQUIRED");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", "
                + "\"condition\": {\"field\": \"rural\", \"is\": true, \"in\": [\"x\"]}}")).containsExactly(PATH + ".condition FIELDS_INCONSISTENT");
    }

    @Test
    void categoryNamesAreTheModelsAndRangesAreInOrder() {
        assertThat(problems("COUNT", "COUNT", "{\"population\": \"ENTRANTS\", "
                + "\"where\": [{\"field\": \"gender\", \"in\": [\"WOMAN\", \"Femme\"]}]}")).containsExactly(PATH + ".where[0].in[1] FIELD_INVALID");
        assertThat(problems("COUNT", "COUNT", "{\"population\": \"ENTRANTS\", \"where\": [{\"field\": \"gender\", \"in\": []}]}"))
                .containsExactly(PATH + ".where[0].in FIELD_EMPTY");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"WITH_ACTIVITY\", "
                + "\"condition\": {\"field\": \"activity.turnover\", \"atLeast\": 10, \"atMost\": 9}}"))
                .containsExactly(PATH + ".condition.atMost FIELD_INVALID");
    }

    @Test
    void anOperandNamesOneFieldOrOneAnswerAndYearsReduceOnlyActivityFields() {
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"is\": true}}"))
                .containsExactly(PATH + ".condition.field FIELD_REQUIRED");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rural\", "
                + "\"answer\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"skills_gained\"}, \"is\": true}}"))
                .containsExactly(PATH + ".condition.answer FIELDS_INCONSISTENT");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", "
                + "\"condition\": {\"field\": \"rural\", \"years\": \"MAX\", \"is\": true}}")).containsExactly(PATH + ".condition.years FIELDS_INCONSISTENT");
    }

    @Test
    void answersNameInstrumentsAndItemsOfTheCatalogue() {
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTREPRENEURS\", "
                + "\"condition\": {\"answer\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"skils_gained\"}, \"is\": true}}"))
                .containsExactly(PATH + ".condition.answer.item SURVEY_UNKNOWN_ITEM");
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTREPRENEURS\", "
                + "\"condition\": {\"answer\": {\"instrument\": \"NO-SUCH\", \"item\": \"x\"}, \"is\": true}}"))
                .containsExactly(PATH + ".condition.answer.instrument SURVEY_UNKNOWN_INSTRUMENT");
        // A LIKERT item is a number: 'is' does not fit it.
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTREPRENEURS\", "
                + "\"condition\": {\"answer\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"isolation\"}, \"is\": true}}"))
                .containsExactly(PATH + ".condition.is FIELDS_INCONSISTENT");
    }

    @Test
    void aValueIsANumberAndMoneyIsInEuros() {
        assertThat(problems("MEAN", "COUNT", "{\"population\": \"ENTRANTS\", \"value\": {\"field\": \"gender\"}}"))
                .contains(PATH + ".value FIELDS_INCONSISTENT");
        assertThat(problems("SUM", "DAYS", "{\"population\": \"WITH_ACTIVITY\", \"value\": {\"field\": \"activity.turnover\"}}"))
                .containsExactly("$.indicators[0].unit FIELDS_INCONSISTENT");
    }

    @Test
    void aPairedChangeComparesNumbersOfOneType() {
        assertThat(problems("PAIRED_MEAN_CHANGE", "POINTS", "{\"population\": \"ENTREPRENEURS\", "
                + "\"before\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"skills_gained\"}, "
                + "\"after\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"skills_gained\"}}"))
                .containsExactly(PATH + ".before FIELDS_INCONSISTENT", PATH + ".after FIELDS_INCONSISTENT");
        assertThat(problems("PAIRED_MEAN_CHANGE", "POINTS", "{\"population\": \"ENTREPRENEURS\", "
                + "\"before\": {\"instrument\": \"CAE-IMPACT-ENTRY\", \"item\": \"isolation\"}, "
                + "\"after\": {\"instrument\": \"CAE-IMPACT-ANNUAL\", \"item\": \"swemwbs_total\"}}"))
                .containsExactly(PATH + ".after FIELDS_INCONSISTENT");
    }

    @Test
    void unknownWordsAreRefusedWhenReadWithTheirPath() {
        // The vocabulary is closed: a misspelt field, population or key is a JSON error at its path.
        assertThat(problems("PROPORTION", "SHARE", "{\"population\": \"ENTRANTS\", \"condition\": {\"field\": \"rurall\", \"is\": true}}"))
                .containsExactly(PATH + ".condition.field JSON_INVALID_VALUE");
        // A population left out after its value was refused is then missing: the object says so too.
        assertThat(problems("COUNT", "COUNT", "{\"population\": \"EVERYONE\"}"))
                .containsExactly(PATH + ".population JSON_INVALID_VALUE", PATH + " JSON_INVALID_VALUE");
        assertThat(problems("COUNT", "COUNT", "{\"population\": \"ENTRANTS\", \"wher\": []}")).containsExactly(PATH + ".wher JSON_UNKNOWN_FIELD");
        assertThat(problems("COUNT", "COUNT", "{\"where\": []}")).containsExactly(PATH + " JSON_INVALID_VALUE");
    }
}
