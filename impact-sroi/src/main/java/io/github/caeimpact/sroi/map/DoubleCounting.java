package io.github.caeimpact.sroi.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Two or more outcomes of a map that value the same money twice, found from the shipped proxies
 * they reference: the public cost of long-term unemployment as a whole (ATD Quart Monde, 2015)
 * already holds the taxes and social contributions the person does not pay and the benefits paid
 * to her, so beside it "contributions generated", "VAT collected" or "RSA months avoided" count
 * those twice; its indirect-costs-and-lost-revenue part holds the lost contributions; its direct
 * spending and benefits parts hold the RSA. A map may still have reasons to keep both (different
 * people): the finding is a warning for the analyst, never an error.
 *
 * @param outcomes the ids of the outcomes concerned, in map order
 * @param reason what is counted twice, in English
 */
public record DoubleCounting(List<String> outcomes, String reason) {

    private static final Set<String> WHOLE_COST = Set.of("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR");
    private static final Set<String> WITH_LOST_REVENUE = Set.of("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR",
            "LONG_TERM_UNEMPLOYMENT_INDIRECT_COSTS_AND_LOST_REVENUE_YEAR");
    private static final Set<String> REVENUE = Set.of("EMPLOYER_CONTRIBUTION_RATE", "EMPLOYEE_CONTRIBUTION_RATE", "VAT_STANDARD_RATE");
    private static final Set<String> WITH_BENEFITS = Set.of("LONG_TERM_UNEMPLOYMENT_PUBLIC_COST_YEAR",
            "LONG_TERM_UNEMPLOYMENT_DIRECT_SPENDING_YEAR", "LONG_TERM_UNEMPLOYMENT_BENEFITS_YEAR");
    private static final Set<String> BENEFITS = Set.of("RSA_MONTHLY_SINGLE");
    private static final Set<String> PARTS = Set.of("LONG_TERM_UNEMPLOYMENT_DIRECT_SPENDING_YEAR", "LONG_TERM_UNEMPLOYMENT_SERVICES_YEAR",
            "LONG_TERM_UNEMPLOYMENT_BENEFITS_YEAR", "LONG_TERM_UNEMPLOYMENT_INDIRECT_COSTS_AND_LOST_REVENUE_YEAR");

    /**
     * Copies the ids.
     *
     * @param outcomes the outcome ids, at least two
     * @param reason what is counted twice
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than two outcomes are named
     */
    public DoubleCounting {
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
        Objects.requireNonNull(reason, "reason");
        if (outcomes.size() < 2) {
            throw new IllegalArgumentException("outcomes: a double counting names at least two, had " + outcomes.size());
        }
    }

    /**
     * Finds the outcomes of a map that value the same money twice (see the class description).
     *
     * @param map the map
     * @return the findings, in a fixed order; empty when none
     * @throws NullPointerException if map is null
     */
    public static List<DoubleCounting> in(ImpactMap map) {
        return in(Objects.requireNonNull(map, "map").outcomes());
    }

    /** Finds the outcomes that value the same money twice, in the order given. */
    static List<DoubleCounting> in(List<Outcome> map) {
        List<DoubleCounting> found = new ArrayList<>();
        pair(map, WITH_LOST_REVENUE, REVENUE, "the public cost of long-term unemployment avoided holds the taxes and social "
                + "contributions the person does not pay; valued beside contributions or VAT generated, they count twice "
                + "(use LONG_TERM_UNEMPLOYMENT_DIRECT_SPENDING_YEAR instead)", found);
        pair(map, WITH_BENEFITS, BENEFITS, "the public cost of long-term unemployment avoided (whole, direct spending or "
                + "benefits) holds the RSA paid; valued beside RSA months avoided for the same people, it counts twice "
                + "(use LONG_TERM_UNEMPLOYMENT_SERVICES_YEAR instead)", found);
        pair(map, WHOLE_COST, PARTS, "the public cost of long-term unemployment is valued as a whole and by its parts", found);
        return List.copyOf(found);
    }

    private static void pair(List<Outcome> map, Set<String> first, Set<String> second, String reason, List<DoubleCounting> found) {
        List<String> a = uses(map, first);
        List<String> b = uses(map, second);
        if (!a.isEmpty() && !b.isEmpty()) {
            found.add(new DoubleCounting(inMapOrder(map, a, b), reason));
        }
    }

    /** The ids of the outcomes that reference one of the proxies. */
    private static List<String> uses(List<Outcome> map, Set<String> proxies) {
        List<String> ids = new ArrayList<>();
        for (Outcome outcome : map) {
            if (outcome.proxy() instanceof ProxySpec.Ref ref && proxies.contains(ref.ref())) {
                ids.add(outcome.id());
            }
        }
        return ids;
    }

    private static List<String> inMapOrder(List<Outcome> map, List<String> a, List<String> b) {
        return map.stream().map(Outcome::id).filter(id -> a.contains(id) || b.contains(id)).toList();
    }
}
