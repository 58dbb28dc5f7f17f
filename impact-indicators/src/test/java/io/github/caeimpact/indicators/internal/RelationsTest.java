package io.github.caeimpact.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.internal.LinkedTables.Place;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.indicators.internal.Relations.Relation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationsTest {

    private final LinkedTables system = new LinkedTables(10);

    /** Adds a unit of a figure with its people counted and missing; returns the unit. */
    private int unit(String figure, Map<String, String> category, int[] counted, int[] missing) {
        int unit = system.unit(figure + category, 0, new Place(figure, false, category));
        system.quantity(unit, Role.COUNTED, counted, ones(counted.length));
        system.quantity(unit, Role.MISSING, missing, ones(missing.length));
        return unit;
    }

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private boolean written(List<Relation> relations, int... quantities) {
        int[] wanted = quantities.clone();
        Arrays.sort(wanted);
        return relations.stream().anyMatch(r -> {
            int[] found = r.quantities().clone();
            Arrays.sort(found);
            return Arrays.equals(found, wanted);
        });
    }

    @Test
    void twoItemsOfOneSurveyShareTheirPeopleCountedOrMissingInEachCategoryNotTheirRespondents() {
        unit("RIG02", Map.of(), new int[] {0, 1, 2}, new int[] {3});
        unit("ACT02", Map.of(), new int[] {0, 1}, new int[] {2, 3});
        int rig = unit("RIG02", Map.of("GENDER", "WOMAN"), new int[] {0, 1}, new int[] {});
        int act = unit("ACT02", Map.of("GENDER", "WOMAN"), new int[] {0}, new int[] {1});
        // Both count the women 0 and 1 among their respondents or non-respondents; ACT02's respondent 0 is also RIG02's.
        int other = unit("INC02", Map.of(), new int[] {0}, new int[] {});
        List<Relation> relations = Relations.of(system);
        assertThat(written(relations, system.quantityIndex(act, Role.COUNTED), system.quantityIndex(act, Role.MISSING),
                system.quantityIndex(rig, Role.COUNTED), system.quantityIndex(rig, Role.MISSING))).isTrue();
        assertThat(written(relations, system.quantityIndex(act, Role.COUNTED), system.quantityIndex(other, Role.COUNTED)))
                .as("the same one respondent by chance").isFalse();
    }
}
