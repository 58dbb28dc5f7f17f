package io.github.caeimpact.sroi.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.ImpactMaps;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Sanity of the seeded map generator the property tests rely on. */
class MapGeneratorTest {

    private static final long SEED = 20261126L;
    private static final int CASES = 400;

    @Test
    void everyGeneratedMapIsValid() {
        MapGenerator generator = new MapGenerator(SEED);
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            assertThat(ImpactMaps.validate(map).isValid()).as("seed %d, case %d: %s", SEED, c,
                    ImpactMaps.validate(map).problems()).isTrue();
        }
    }

    @Test
    void sameSeedAndCaseGiveTheSameMap() {
        for (int c = 0; c < 50; c++) {
            assertThat(new MapGenerator(SEED).map(c)).as("seed %d, case %d", SEED, c)
                    .isEqualTo(new MapGenerator(SEED).map(c));
        }
    }

    @Test
    void generatedMapsCoverEverySchemeModeConventionAndProxyKind() {
        MapGenerator generator = new MapGenerator(SEED);
        Set<String> seen = new TreeSet<>();
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            seen.add(map.discounting().getClass().getSimpleName());
            seen.add(map.mode().name());
            Conventions conventions = map.conventionsOrDefault();
            seen.add(conventions.fractionalDurationOrDefault().name());
            if (!conventions.dropOffFromYearOneOrDefault().isEmpty()) {
                seen.add("dropOffFromYearOne");
            }
            if (conventions.ratePrecision() != null) {
                seen.add("ratePrecision");
            }
            if (map.inputs().stream().anyMatch(i -> i.year() != null)) {
                seen.add("inputYear");
            }
            for (Outcome outcome : map.outcomes()) {
                seen.add(outcome.proxy().getClass().getSimpleName());
                if (outcome.attribution().size() > 1) {
                    seen.add("severalAttributions");
                }
                if (outcome.durationYears().stripTrailingZeros().scale() > 0) {
                    seen.add("fractionalDuration");
                }
            }
        }
        assertThat(seen).as("seed %d", SEED).contains("Flat", "Fr2021", "Fr2013", "UkGreenBook", "Schedule",
                "FORECAST", "EVALUATIVE", "PRO_RATA", "ROUND_UP", "ROUND_NEAREST", "dropOffFromYearOne", "ratePrecision", "inputYear",
                "Inline", "Ref", "severalAttributions", "fractionalDuration");
    }

    @Test
    void signedGeneratorMakesSomeOutcomesHarmsAndKeepsMapsValid() {
        MapGenerator generator = new MapGenerator(SEED, true);
        int harms = 0;
        int outcomes = 0;
        for (int c = 0; c < CASES; c++) {
            ImpactMap map = generator.map(c);
            assertThat(ImpactMaps.validate(map).isValid()).as("seed %d, case %d", SEED, c).isTrue();
            for (Outcome outcome : map.outcomes()) {
                outcomes++;
                harms += outcome.directionOrDefault() == Direction.NEGATIVE ? 1 : 0;
            }
        }
        assertThat(harms).as("seed %d: harms of %d outcomes", SEED, outcomes).isBetween(outcomes / 5, outcomes / 2);
    }
}
