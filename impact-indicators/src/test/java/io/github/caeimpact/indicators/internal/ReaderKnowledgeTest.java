package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.internal.LinkedTables.Place;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderKnowledgeTest {

    private final LinkedTables system = new LinkedTables(10);

    /** Adds a unit at a place with the people of one role; returns that quantity. */
    private int at(String figure, boolean esf, Map<String, String> category, Role role, int... persons) {
        int unit = system.unit(figure + category + esf, 0, new Place(figure, esf, category));
        return quantity(unit, role, persons);
    }

    /** Adds a quantity of another role to the unit of an earlier one. */
    private int alsoAt(int earlier, Role role, int... persons) {
        return quantity(system.quantities.get(earlier).unit, role, persons);
    }

    private int quantity(int unit, Role role, int... persons) {
        double[] ones = new double[persons.length];
        Arrays.fill(ones, 1);
        return system.quantity(unit, role, persons, ones);
    }

    private int cell(String figure, Map<String, String> category, int... persons) {
        return at(figure, false, category, Role.COUNTED, persons);
    }

    private int row(String code, Map<String, String> column, int... persons) {
        return at(code, true, column, Role.COUNTED, persons);
    }

    /** PUB08's breakdown by age band as the catalogue defines it: its numerator is everyone under 30. */
    private void youngByDefinition(int... young) {
        int band = cell("PUB08", Map.of("AGE_BAND", "FROM_18_TO_29"), young);
        alsoAt(band, Role.NUMERATOR, young);
        int older = cell("PUB08", Map.of("AGE_BAND", "FROM_30_TO_54"), 7, 8);
        alsoAt(older, Role.NUMERATOR);
    }

    @Test
    void twoItemsAnsweredByTheSameRespondentsAreNotKnownToBeTheSamePeople() {
        cell("RIG02", Map.of(), 0, 1, 2, 3, 4, 5);
        cell("ACT02", Map.of(), 0, 1, 2, 3, 4, 5);
        int a = cell("RIG02", Map.of("GENDER", "WOMAN"), 0, 1);
        int b = cell("ACT02", Map.of("GENDER", "WOMAN"), 0, 1);
        assertThat(new ReaderKnowledge(system).knowsSame(a, b)).isFalse();
    }

    @Test
    void oneCooperativesPersonAndOneYearsEntrantAreNotKnownToBeTheSame() {
        cell("RIG02", Map.of(), 3, 4);
        cell("ACT02", Map.of(), 3, 4);
        int cooperative = cell("RIG02", Map.of("ORGANISATION", "cae-b"), 3);
        int year = cell("ACT02", Map.of("ENTRY_YEAR", "2023"), 3);
        assertThat(new ReaderKnowledge(system).knowsSame(cooperative, year)).isFalse();
    }

    @Test
    void aNumeratorDefinedByAnAgeBandIsThePeopleOfThatBandInAnotherIndicator() {
        youngByDefinition(0, 1);
        int women = at("PUB08", false, Map.of("GENDER", "WOMAN"), Role.NUMERATOR, 0);
        cell("PUB02", Map.of("AGE_BAND", "FROM_18_TO_29"), 0, 1);
        int band = cell("PUB02", Map.of("GENDER", "WOMAN", "AGE_BAND", "FROM_18_TO_29"), 0);
        assertThat(new ReaderKnowledge(system).knowsSame(women, band)).isTrue();
    }

    @Test
    void withoutTheNumeratorsOwnBreakdownTheRelationFoundIsKept() {
        // A release without breakdowns by age band cannot show what PUB08 counts; crediting the relation is the safe side.
        int numerator = at("PUB08", false, Map.of(), Role.NUMERATOR, 0, 1);
        int cells = cell("PUB02", Map.of("GENDER", "WOMAN", "AGE_BAND", "FROM_18_TO_29"), 0, 1);
        assertThat(new ReaderKnowledge(system).knowsSame(numerator, cells)).isFalse();
        int band = cell("PUB02", Map.of("AGE_BAND", "FROM_18_TO_29"), 0, 1);
        assertThat(new ReaderKnowledge(system).knowsSame(numerator, band)).isTrue();
    }

    @Test
    void aNumeratorThatHappensToHoldTheInactiveIsNotDefinedByTheirSituation() {
        youngByDefinition(0, 1);
        int numerator = at("PUB08", false, Map.of(), Role.NUMERATOR, 0, 1);
        // PUB08's own breakdown by situation shows inactive entrants who are not under 30.
        int inactive = cell("PUB08", Map.of("ENTRY_SITUATION", "INACTIVE"), 0, 1, 5);
        alsoAt(inactive, Role.NUMERATOR, 0, 1);
        int theirs = cell("RIG02", Map.of("ENTRY_SITUATION", "INACTIVE"), 0, 1);
        assertThat(new ReaderKnowledge(system).knowsSame(numerator, theirs)).isFalse();
    }

    @Test
    void aNumeratorThatHappensToBeOneCohortIsChance() {
        int numerator = at("PUB03", false, Map.of(), Role.NUMERATOR, 0, 1);
        int cohort = cell("ACT01", Map.of("ENTRY_YEAR", "2025"), 0, 1);
        cell("ACT01", Map.of(), 0, 1, 2);
        assertThat(new ReaderKnowledge(system).knowsSame(numerator, cohort)).isFalse();
    }

    @Test
    void aShareOfAHundredPercentIsNotKnownToBeOne() {
        int counted = cell("INC02", Map.of(), 0, 1);
        int numerator = alsoAt(counted, Role.NUMERATOR, 0, 1);
        assertThat(new ReaderKnowledge(system).knowsSame(counted, numerator)).isFalse();
    }

    @Test
    void anEsfRowIsTheNumeratorItsCodeNamesAndNoOther() {
        system.describe("PUB04", List.of("EECO02"));
        system.describe("PUB06", List.of());
        int row = row("EECO02", Map.of("GENDER", "WOMAN"), 0);
        int named = at("PUB04", false, Map.of("GENDER", "WOMAN"), Role.NUMERATOR, 0);
        int other = at("PUB06", false, Map.of("GENDER", "WOMAN"), Role.NUMERATOR, 0);
        ReaderKnowledge reader = new ReaderKnowledge(system);
        assertThat(reader.knowsSame(row, named)).isTrue();
        assertThat(reader.knowsSame(row, other)).isFalse();
    }

    @Test
    void anEsfRowIsThePeopleOfItsCategoryInAFigureOfEveryParticipant() {
        row("EECO01", Map.of(), 0, 1, 2, 3);
        int young = row("EECO07", Map.of(), 0, 1);
        cell("PUB02", Map.of(), 0, 1, 2, 3);
        int band = cell("PUB02", Map.of("AGE_BAND", "FROM_18_TO_29"), 0, 1);
        cell("RIG02", Map.of(), 0, 1, 2);
        int inactive = cell("RIG02", Map.of("ENTRY_SITUATION", "INACTIVE"), 0, 1);
        int respondents = cell("RIG02", Map.of("AGE_BAND", "FROM_18_TO_29"), 0, 1);
        ReaderKnowledge reader = new ReaderKnowledge(system);
        assertThat(reader.knowsSame(young, band)).isTrue();
        assertThat(reader.knowsSame(young, inactive)).as("another attribute").isFalse();
        assertThat(reader.knowsSame(young, respondents)).as("a figure of some participants only").isFalse();
    }

    @Test
    void anEsfRowIsTheUnionOfTheRowsThatCoverItsCategory() {
        int everyone = row("EECO01", Map.of(), 0, 1, 2);
        int unemployed = row("EECO02", Map.of(), 0);
        int inactive = row("EECO04", Map.of(), 1);
        int employed = row("EECO05", Map.of(), 2);
        ReaderKnowledge reader = new ReaderKnowledge(system);
        int[] table = {unemployed, inactive, employed};
        assertThat(reader.knows(everyone, new int[] {unemployed, inactive, employed}, table)).isTrue();
        assertThat(reader.knows(everyone, new int[] {unemployed, inactive}, new int[] {unemployed, inactive})).isFalse();
    }

    @Test
    void aSumMustTakeEveryCellOfItsSliceNotAChosenFewYears() {
        int total = row("EECO01", Map.of(), 0, 1, 2);
        cell("ACT02", Map.of(), 0, 1, 2);
        int y2022 = cell("ACT02", Map.of("ENTRY_YEAR", "2022"), 0);
        int y2023 = cell("ACT02", Map.of("ENTRY_YEAR", "2023"), 1);
        int y2024 = cell("ACT02", Map.of("ENTRY_YEAR", "2024"), 2);
        ReaderKnowledge reader = new ReaderKnowledge(system);
        int[] table = {y2022, y2023, y2024};
        assertThat(reader.knows(total, new int[] {y2022, y2023, y2024}, table)).isTrue();
        assertThat(reader.knows(total, new int[] {y2023, y2024}, table)).isFalse();
    }

    /** PUB11, entrants aged 55 and over by definition, and PUB03's people of that age band; returns PUB11's numerator. */
    private int entrantsAged55AndOver(int... old) {
        int band = cell("PUB11", Map.of("AGE_BAND", "FROM_55"), old);
        alsoAt(band, Role.NUMERATOR, old);
        int numerator = at("PUB11", false, Map.of(), Role.NUMERATOR, old);
        cell("PUB03", Map.of("AGE_BAND", "FROM_55"), old);
        return numerator;
    }

    @Test
    void oneLineOfTheCombinedTableFixesAGenderItDoesNotCoverIt() {
        int numerator = entrantsAged55AndOver(0, 1);
        int womenOld = cell("PUB03", Map.of("GENDER", "WOMAN", "AGE_BAND", "FROM_55"), 0, 1);
        int womenYoung = cell("PUB03", Map.of("GENDER", "WOMAN", "AGE_BAND", "FROM_18_TO_29"), 2);
        int menOld = cell("PUB03", Map.of("GENDER", "MAN", "AGE_BAND", "FROM_55"));
        ReaderKnowledge reader = new ReaderKnowledge(system);
        assertThat(reader.knows(numerator, new int[] {womenOld}, new int[] {womenOld, womenYoung})).as("the women's line").isFalse();
        assertThat(reader.knows(numerator, new int[] {womenOld}, new int[] {womenOld, menOld})).as("the line of 55 and over").isTrue();
    }

    @Test
    void aKnownSumIsWrittenWithTheEmptyCellsItCovers() {
        int numerator = entrantsAged55AndOver(0, 1);
        int womenOld = cell("PUB03", Map.of("GENDER", "WOMAN", "AGE_BAND", "FROM_55"), 0, 1);
        int menOld = cell("PUB03", Map.of("GENDER", "MAN", "AGE_BAND", "FROM_55"));
        int[] parts = new ReaderKnowledge(system).sumParts(numerator, new int[] {womenOld}, new int[] {womenOld, menOld});
        // A reader does not know that no man is 55 or over: the men's cell stays in the equation.
        assertThat(parts).containsExactly(womenOld, menOld);
    }

    @Test
    void unitsWithoutAPlaceKeepEveryRelationFound() {
        LinkedTables bare = new LinkedTables(2);
        int a = bare.quantity(bare.unit("a", 0), Role.COUNTED, new int[] {0}, new double[] {1});
        int b = bare.quantity(bare.unit("b", 1), Role.NUMERATOR, new int[] {0}, new double[] {1});
        assertThat(new ReaderKnowledge(bare).knowsSame(a, b)).isTrue();
    }
}
