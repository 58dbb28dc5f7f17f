package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.DominanceRule;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NestedDifferencesTest {

    private static final DisclosureControl K5 = DisclosureControl.of(5);
    private static final DominanceRule P10 = DominanceRule.of(10);

    private static int[] people(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }

    /** An overall figure, as a release adds it: a headline, looked at for sums. */
    private static int headline(LinkedTables system, String label, int group) {
        int unit = system.unit(label, group);
        system.headline(unit);
        system.summed(unit);
        return unit;
    }

    @Test
    void twoNumeratorsOfOneIndicatorDifferingByTwoPeopleAreNotBothShown() {
        // Each cell passes the threshold, numerator and complement rules; their difference says which 2 have the attribute.
        LinkedTables system = new LinkedTables(20);
        int women = share(system, "EXI01|GENDER|WOMAN", 1, people(0, 20), people(0, 8));
        int recent = share(system, "EXI01|ENTRY_YEAR|2024", 2, people(0, 20), people(0, 10));
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.differences()).isEqualTo(1);
        assertThat(outcome.reasons().get(women) == null && outcome.reasons().get(recent) == null).isFalse();
    }

    @Test
    void numeratorsOfTwoIndicatorsAFewPeopleApartAreCountedNotMasked() {
        // Numerators of different indicators are mostly populations (entrants aged 55 or more, say).
        LinkedTables system = new LinkedTables(20);
        int older = share(system, "PUB11|overall|", 0, people(0, 20), people(0, 8));
        int answered = share(system, "WEL01|overall|", 1, people(0, 20), people(0, 10));
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.differences()).isZero();
        assertThat(outcome.populationDifferences()).isEqualTo(1);
        assertThat(outcome.reasons().get(older)).isNull();
        assertThat(outcome.reasons().get(answered)).isNull();
    }

    private static int share(LinkedTables system, String label, int group, int[] counted, int[] numerator) {
        int unit = system.unit(label, group);
        system.quantity(unit, Role.COUNTED, counted, filled(counted.length, 1));
        system.quantity(unit, Role.NUMERATOR, numerator, filled(numerator.length, 1));
        return unit;
    }

    /** Gives a unit the people from {@code from} to {@code to} - 1, each contributing the same sum. */
    private static int sum(LinkedTables system, int unit, int from, int to, double each) {
        system.quantity(unit, Role.COUNTED, people(from, to), filled(to - from, 1));
        system.quantity(unit, Role.MAGNITUDE, people(from, to), filled(to - from, each));
        return unit;
    }

    @Test
    void twoSumsDifferingByOnePersonsTurnoverAreNotBothShown() {
        LinkedTables system = new LinkedTables(11);
        sum(system, headline(system, "turnover of 10", 0), 0, 10, 30_000);
        sum(system, headline(system, "turnover of 11", 1), 0, 11, 30_000);
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.differences()).isEqualTo(1);
        assertThat(outcome.reasons()).containsOnlyOnce((MaskReason) null);
    }

    @Test
    void aDifferenceWithinOneBreakdownIsProtectedByWithholdingIt() {
        // Women and entrants of 2024 are cells of two breakdowns of one indicator: the 2024 entrants are all women but 2.
        LinkedTables system = new LinkedTables(30);
        int overall = sum(system, headline(system, "overall", 0), 0, 30, 20_000);
        int women = sum(system, system.unit("women", 1), 0, 12, 20_000);
        int men = sum(system, system.unit("men", 1), 12, 30, 20_000);
        int recent = sum(system, system.unit("entered 2024", 2), 0, 10, 20_000);
        int earlier = sum(system, system.unit("entered before", 2), 10, 30, 20_000);
        for (Role role : new Role[] {Role.COUNTED, Role.MAGNITUDE}) {
            system.table(system.quantityIndex(overall, role), java.util.List.of(system.quantityIndex(women, role), system.quantityIndex(men, role)));
            system.table(system.quantityIndex(overall, role), java.util.List.of(system.quantityIndex(recent, role), system.quantityIndex(earlier, role)));
        }
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.differences()).isPositive();
        assertThat(outcome.reasons().get(overall)).isNull();
        assertThat(outcome.reasons().get(women) != null || outcome.reasons().get(recent) != null)
                .as("women and the 2024 entrants are not both shown").isTrue();
    }

    @Test
    void populationsAFewPeopleApartAreCountedNotMasked() {
        LinkedTables system = new LinkedTables(22);
        int twenty = headline(system, "counted by one indicator", 0);
        system.quantity(twenty, Role.COUNTED, people(0, 20), filled(20, 1));
        int twentyTwo = headline(system, "counted by another", 1);
        system.quantity(twentyTwo, Role.COUNTED, people(0, 22), filled(22, 1));
        Suppression.Outcome outcome = system.protect(K5, P10);
        assertThat(outcome.differences()).isZero();
        assertThat(outcome.populationDifferences()).isEqualTo(1);
        assertThat(outcome.reasons()).containsOnlyNulls();
    }
}
