package io.github.caeimpact.sroi;

import io.github.caeimpact.indicators.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reusable seeded generator of valid forecast impact maps with inline proxies (so no library
 * or price index is needed), for property tests. Same seed and case, same map.
 */
public final class MapGenerator {

    private final long seed;

    public MapGenerator(long seed) {
        this.seed = seed;
    }

    /** Returns the map of a case: a deterministic function of the seed and the case index. */
    public ImpactMap map(int caseIndex) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + caseIndex);
        int stakeholderCount = 1 + random.nextInt(3);
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int s = 0; s < stakeholderCount; s++) {
            stakeholders.add(Stakeholder.of("s" + s, "stakeholder " + s));
        }
        int outcomeCount = 1 + random.nextInt(5);
        List<Outcome> outcomes = new ArrayList<>();
        Dimension[] dimensions = Dimension.values();
        for (int o = 0; o < outcomeCount; o++) {
            int attributions = 1 + random.nextInt(3);
            List<BigDecimal> attribution = new ArrayList<>();
            for (int a = 0; a < attributions; a++) {
                attribution.add(share(random, 0.5));
            }
            BigDecimal duration = random.nextInt(4) == 0
                    ? decimal(0.25 + random.nextDouble() * 6, 2) : BigDecimal.valueOf(1 + random.nextInt(8));
            outcomes.add(new Outcome("o" + o, "s" + random.nextInt(stakeholderCount),
                    random.nextBoolean() ? dimensions[random.nextInt(dimensions.length)] : null, "outcome " + o, null,
                    Quantity.of(decimal(random.nextDouble() * 500, 2)),
                    ProxySpec.inline(FinancialProxy.of(decimal(1 + random.nextDouble() * 5000, 2), "EUR per unit", 2025,
                            "generated")),
                    duration, random.nextInt(3), share(random, 0.8), share(random, 0.5), attribution,
                    share(random, 0.6), random.nextBoolean() ? share(random, 0.3) : null, Evidence.ESTIMATE));
        }
        int inputCount = 1 + random.nextInt(3);
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < inputCount; i++) {
            inputs.add(Input.fromFunder("funder " + i, "grant " + i, decimal(100 + random.nextDouble() * 200_000, 2)));
        }
        Discounting discounting = switch (random.nextInt(4)) {
            case 0 -> Discounting.flat(decimal(random.nextDouble() * 0.1, 4));
            case 1 -> Discounting.fr2021(decimal(random.nextDouble() * 2, 2));
            case 2 -> new Discounting.UkGreenBook(null);
            default -> new Discounting.Schedule(List.of(decimal(random.nextDouble() * 0.08, 4),
                    decimal(random.nextDouble() * 0.08, 4), decimal(random.nextDouble() * 0.08, 4)));
        };
        return ImpactMap.forecast("generated " + seed + "/" + caseIndex, 2025, discounting, stakeholders, inputs,
                outcomes);
    }

    /** Returns a flat-rate copy of a map. */
    public static ImpactMap withFlatRate(ImpactMap map, BigDecimal rate) {
        return map.withDiscounting(Discounting.flat(rate));
    }

    private static BigDecimal share(SplittableRandom random, double max) {
        return decimal(random.nextDouble() * max, 3);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
