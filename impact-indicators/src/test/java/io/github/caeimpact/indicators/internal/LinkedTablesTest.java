package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DominanceRule;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinkedTablesTest {

    private static final DisclosureControl K5 = DisclosureControl.of(5);
    private static final DominanceRule P10 = DominanceRule.of(10);

    private static int[] people(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static int share(LinkedTables system, String label, int[] counted, int[] numerator) {
        int unit = system.unit(label, label.hashCode());
        system.quantity(unit, Role.COUNTED, counted, ones(counted.length));
        system.quantity(unit, Role.NUMERATOR, numerator, ones(numerator.length));
        return unit;
    }

    private static int count(LinkedTables system, String label, int group, int[] counted) {
        int unit = system.unit(label, group);
        system.quantity(unit, Role.COUNTED, counted, ones(counted.length));
        return unit;
    }

    @Test
    void aShareOfThreeInThirtyNineIsNotPublishedWithItsNumerator() {
        // Different populations: the same population in two units would be one count, masked in both.
        LinkedTables system = new LinkedTables(39);
        int three = share(system, "3 of 39", people(0, 39), people(0, 3));
        int thirtySix = share(system, "36 of 39", people(0, 39), people(0, 36));
        int twenty = share(system, "20 of 38", people(0, 38), people(0, 20));
        List<MaskReason> reasons = system.protect(K5, P10).reasons();
        assertThat(reasons.get(three)).isEqualTo(MaskReason.NUMERATOR_BELOW_THRESHOLD);
        assertThat(reasons.get(thirtySix)).isEqualTo(MaskReason.COMPLEMENT_BELOW_THRESHOLD);
        assertThat(reasons.get(twenty)).isNull();
    }

    @Test
    void aSumWhereOnePersonHoldsNinetyPercentIsMasked() {
        LinkedTables system = new LinkedTables(10);
        int dominated = system.unit("turnover, dominated", 0);
        system.quantity(dominated, Role.COUNTED, people(0, 5), ones(5));
        system.quantity(dominated, Role.MAGNITUDE, people(0, 5), new double[] {90_000, 2_500, 2_500, 2_500, 2_500});
        int even = system.unit("turnover, even", 1);
        system.quantity(even, Role.COUNTED, people(5, 10), ones(5));
        system.quantity(even, Role.MAGNITUDE, people(5, 10), new double[] {20_000, 20_000, 20_000, 20_000, 20_000});
        List<MaskReason> reasons = system.protect(K5, P10).reasons();
        assertThat(reasons.get(dominated)).isEqualTo(MaskReason.DOMINANCE);
        assertThat(reasons.get(even)).isNull();
    }

    @Test
    void theSameCountInTwoTablesIsMaskedInBoth() {
        LinkedTables system = new LinkedTables(30);
        int total = count(system, "indicator overall", 0, people(0, 30));
        int small = count(system, "indicator, non-binary", 1, people(0, 3));
        int rest = count(system, "indicator, others", 1, people(3, 30));
        system.table(total, List.of(small, rest));
        int esf = count(system, "ESF+ row, non-binary", 2, people(0, 3));
        int esfOthers = count(system, "ESF+ row, others", 2, people(3, 30));
        int esfTotal = count(system, "ESF+ row, total", 3, people(0, 30));
        system.table(esfTotal, List.of(esf, esfOthers));
        List<MaskReason> reasons = system.protect(K5, P10).reasons();
        assertThat(reasons.get(small)).isEqualTo(MaskReason.BELOW_THRESHOLD);
        assertThat(reasons.get(esf)).isEqualTo(MaskReason.BELOW_THRESHOLD);
        // Each table keeps its masked cell from subtraction, in both tables.
        assertThat(reasons.get(rest)).isNotNull();
        assertThat(reasons.get(esfOthers)).isNotNull();
    }

    @Test
    void theAuditMasksMoreWhenComplementaryCellsStillNarrowAMaskedOne() {
        // 12 = a (2 people) + b (5) + c (5). Masking b alone leaves a in [0, 2] (b is known to be at least 5), and so
        // does masking c too; only masking the total keeps a anywhere in [0, 4].
        LinkedTables system = new LinkedTables(12);
        int total = count(system, "total", 0, people(0, 12));
        int a = count(system, "a", 1, people(0, 2));
        int b = count(system, "b", 1, people(2, 7));
        int c = count(system, "c", 1, people(7, 12));
        system.table(total, List.of(a, b, c));
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.reasons()).containsExactly(MaskReason.COMPLEMENTARY, MaskReason.BELOW_THRESHOLD,
                MaskReason.COMPLEMENTARY, MaskReason.COMPLEMENTARY);
        assertThat(outcome.audited()).isEqualTo(1);
        assertThat(outcome.rounds()).isGreaterThan(1);
    }

    /**
     * One person in X1 of a breakdown X1 + X2 + X3 = T (eleven people, shown), where another figure
     * Y counts the people of X2 and X3: T - Y gives X1. Both totals are overall figures (headlines,
     * never masked to protect a cell), so the audit masks X2 and X3, then withholds the breakdown;
     * the withheld X1 is still T - Y, which only an audit of withheld cells sees.
     */
    private static LinkedTables withheldButDerivable() {
        LinkedTables system = new LinkedTables(11);
        int total = count(system, "T", 0, people(0, 11));
        system.headline(total);
        int x1 = count(system, "X1", 1, people(0, 1));
        int x2 = count(system, "X2", 1, people(1, 6));
        int x3 = count(system, "X3", 1, people(6, 11));
        int other = count(system, "Y", 2, people(1, 11));
        system.summed(other);
        system.headline(other);
        system.table(system.quantityIndex(total, Role.COUNTED), List.of(system.quantityIndex(x1, Role.COUNTED),
                system.quantityIndex(x2, Role.COUNTED), system.quantityIndex(x3, Role.COUNTED)));
        return system;
    }

    @Test
    void aWithheldCellOtherTablesStillGiveAwayHasTheNearestOverallFigureMasked() {
        Suppression.Outcome outcome = withheldButDerivable().protect(K5, P10);
        assertThat(outcome.reasons().get(1)).isEqualTo(MaskReason.AUDIT);
        // No cell is left to mask near X1: T, the overall figure it is a part of, goes, and X1 is no longer T - Y.
        assertThat(outcome.reasons().get(0)).isEqualTo(MaskReason.COMPLEMENTARY);
        assertThat(outcome.reasons().get(4)).isNull();
    }

    @Test
    void aShareTheDefinitionsFixAtAHundredPercentIsMaskedButNeitherProtectedNorRefused() {
        // Without places every relation found counts: the people counted are the numerator by definition, so 12 - 12 = 0
        // is known whatever is masked. Protecting it would withhold the figure and then refuse the release.
        LinkedTables system = new LinkedTables(20);
        int whole = share(system, "12 of 12", people(0, 12), people(0, 12));
        int other = share(system, "10 of 20", people(0, 20), people(0, 10));
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.reasons().get(whole)).isEqualTo(MaskReason.COMPLEMENT_BELOW_THRESHOLD);
        assertThat(outcome.reasons().get(other)).isNull();
    }
}
