package io.github.caeimpact.sroi.map;

import io.github.caeimpact.indicators.Dimension;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reusable seeded generator of valid impact maps for property tests. Same seed and case, same map.
 *
 * <p>The maps vary every feature the engine has: the five discounting schemes (FLAT, FR_2021 and
 * FR_2013 with β in [0, 2], SCHEDULE of 1 to 5 random rates, UK_GREEN_BOOK), forecast or evaluative
 * mode (first year 1 to 5 years before the analysis year, inputs with or without a year), the Guide's
 * conventions or others (ROUND_UP, ROUND_NEAREST or PRO_RATA with fractional durations, some outcomes in
 * dropOffFromYearOne, ratePrecision sometimes set), inline proxies or library references, one to four
 * attribution shares; signed generators make one outcome in three a harm. A map with a library reference takes proxies at their dated values
 * (revaluation NONE), since the standard price index covers only 2015-2017; inline proxies are dated
 * in the analysis year, so revaluation leaves them unchanged either way.
 */
public final class MapGenerator {

    /** The analysis year of every generated map. */
    public static final int ANALYSIS_YEAR = 2025;

    /** Library proxies whose latest value is dated at or before the analysis year (2015 to 2025). */
    static final List<String> REFS = List.of("RSA_MONTHLY_SINGLE", "SMIC_MONTHLY_GROSS", "ARE_DAILY_MINIMUM",
            "LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR");

    private final long seed;
    private final boolean signed;

    /** A generator of maps whose outcomes are all benefits. */
    public MapGenerator(long seed) {
        this(seed, false);
    }

    /** A generator of maps whose outcomes are harms (direction NEGATIVE) one time in three when signed. */
    public MapGenerator(long seed, boolean signed) {
        this.seed = seed;
        this.signed = signed;
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
        boolean anyRef = false;
        for (int o = 0; o < outcomeCount; o++) {
            int attributions = 1 + random.nextInt(4);
            List<BigDecimal> attribution = new ArrayList<>();
            for (int a = 0; a < attributions; a++) {
                attribution.add(share(random, 0.5));
            }
            // Half the durations are fractional, so that PRO_RATA and ROUND_UP differ.
            BigDecimal duration = random.nextBoolean()
                    ? decimal(0.25 + random.nextDouble() * 6, 2) : BigDecimal.valueOf(1 + random.nextInt(8));
            ProxySpec proxy;
            if (random.nextInt(4) == 0) {
                proxy = ProxySpec.ref(REFS.get(random.nextInt(REFS.size())));
                anyRef = true;
            } else {
                proxy = ProxySpec.inline(FinancialProxy.of(decimal(1 + random.nextDouble() * 5000, 2), "EUR per unit",
                        ANALYSIS_YEAR, "generated"));
            }
            outcomes.add(new Outcome("o" + o, "s" + random.nextInt(stakeholderCount),
                    random.nextBoolean() ? dimensions[random.nextInt(dimensions.length)] : null, "outcome " + o, null, null, null,
                    Quantity.of(decimal(random.nextDouble() * 500, 2)), proxy,
                    duration, random.nextInt(3), share(random, 0.8), share(random, 0.5), attribution,
                    share(random, 0.6), random.nextBoolean() ? share(random, 0.3) : null, Evidence.ESTIMATE,
                    signed && random.nextInt(3) == 0 ? Direction.NEGATIVE : null, null));
        }
        boolean evaluative = random.nextInt(3) == 0;
        Integer firstYear = evaluative ? ANALYSIS_YEAR - 1 - random.nextInt(5) : null;
        int inputCount = 1 + random.nextInt(3);
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < inputCount; i++) {
            Input input = Input.fromFunder("funder " + i, "grant " + i, decimal(100 + random.nextDouble() * 200_000, 2));
            if (evaluative && random.nextBoolean()) {
                input = input.withYear(firstYear + random.nextInt(ANALYSIS_YEAR - firstYear + 1));
            }
            inputs.add(input);
        }
        Discounting discounting = switch (random.nextInt(5)) {
            case 0 -> Discounting.flat(decimal(random.nextDouble() * 0.1, 4));
            case 1 -> Discounting.fr2021(decimal(random.nextDouble() * 2, 2));
            case 2 -> new Discounting.Fr2013(decimal(random.nextDouble() * 2, 2));
            case 3 -> new Discounting.UkGreenBook(null);
            default -> schedule(random, 1 + random.nextInt(5));
        };
        Conventions conventions = null;
        if (anyRef || random.nextBoolean()) {
            FractionalDuration[] rules = {null, FractionalDuration.PRO_RATA, FractionalDuration.ROUND_UP,
                FractionalDuration.ROUND_NEAREST};
            List<String> fromYearOne = null;
            if (random.nextBoolean()) {
                fromYearOne = new ArrayList<>();
                for (Outcome outcome : outcomes) {
                    if (random.nextBoolean()) {
                        fromYearOne.add(outcome.id());
                    }
                }
            }
            conventions = new Conventions(rules[random.nextInt(rules.length)], fromYearOne,
                    random.nextInt(3) == 0 ? 2 + random.nextInt(4) : null,
                    anyRef || random.nextBoolean() ? Revaluation.NONE : null);
        }
        return new ImpactMap("generated " + seed + "/" + caseIndex, "EUR", ANALYSIS_YEAR, firstYear,
                evaluative ? Mode.EVALUATIVE : Mode.FORECAST, discounting, conventions, stakeholders, inputs, outcomes);
    }

    /** Returns a flat-rate copy of a map. */
    public static ImpactMap withFlatRate(ImpactMap map, BigDecimal rate) {
        return map.withDiscounting(Discounting.flat(rate));
    }

    private static Discounting schedule(SplittableRandom random, int years) {
        List<BigDecimal> rates = new ArrayList<>();
        for (int k = 0; k < years; k++) {
            rates.add(decimal(0.0001 + random.nextDouble() * 0.08, 4));
        }
        return new Discounting.Schedule(rates);
    }

    private static BigDecimal share(SplittableRandom random, double max) {
        return decimal(random.nextDouble() * max, 3);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
