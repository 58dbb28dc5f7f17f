package io.github.caeimpact.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Consolidation across organisations: where each organisation stands among the others on each
 * indicator, from a report's breakdown by organisation. The consolidated figure itself is the
 * report's overall result (or measurements of each organisation merged).
 *
 * <p>Only shown cells with a value are ranked, so masking is respected. Indicators of
 * {@link Polarity#NEUTRAL} polarity describe rather than judge and are not ranked.
 */
public final class Benchmark {

    private final Map<String, List<BenchmarkPosition>> positions;

    private Benchmark(Map<String, List<BenchmarkPosition>> positions) {
        this.positions = positions;
    }

    /**
     * Ranks the organisations of a report.
     *
     * @param report a report with the {@link BreakdownKind#ORGANISATION} breakdown
     * @param catalogue the catalogue giving each indicator's polarity
     * @return the benchmark
     * @throws IllegalArgumentException if the report has no breakdown by organisation
     */
    public static Benchmark of(IndicatorReport report, Catalogue catalogue) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(catalogue, "catalogue");
        Map<String, List<BenchmarkPosition>> all = new LinkedHashMap<>();
        for (IndicatorSection section : report.indicators()) {
            Breakdown byOrganisation = section.breakdown(BreakdownKind.ORGANISATION).orElseThrow(() ->
                    new IllegalArgumentException("the report has no breakdown by organisation; measure with BreakdownKind.ORGANISATION"));
            Polarity polarity = catalogue.definition(section.indicatorId()).polarity();
            if (polarity == Polarity.NEUTRAL) {
                all.put(section.indicatorId(), List.of());
                continue;
            }
            List<Cell> shown = byOrganisation.cells().stream().filter(c -> !c.isMasked() && c.result().value() != null).toList();
            Comparator<BigDecimal> better = polarity == Polarity.HIGHER_IS_BETTER ? Comparator.reverseOrder() : Comparator.naturalOrder();
            List<BenchmarkPosition> ranked = new ArrayList<>();
            int n = shown.size();
            for (Cell cell : shown) {
                BigDecimal value = cell.result().value();
                long strictlyBetter = shown.stream().filter(o -> better.compare(o.result().value(), value) < 0).count();
                long strictlyWorse = shown.stream().filter(o -> better.compare(o.result().value(), value) > 0).count();
                long tiedOthers = n - 1 - strictlyBetter - strictlyWorse;
                Double percentile = n == 1 ? null : 100.0 * (strictlyWorse + 0.5 * tiedOthers) / (n - 1);
                ranked.add(new BenchmarkPosition(section.indicatorId(), cell.category().get(0), value, (int) strictlyBetter + 1, n, percentile));
            }
            ranked.sort(Comparator.comparingInt(BenchmarkPosition::rank).thenComparing(BenchmarkPosition::organisationId));
            all.put(section.indicatorId(), List.copyOf(ranked));
        }
        return new Benchmark(all);
    }

    /**
     * Returns the ranking of one indicator, best first (ties by organisation id).
     *
     * @param indicatorId the indicator
     * @return the positions, empty for a neutral indicator or one with no shown value
     * @throws IllegalArgumentException if the indicator is not in the report
     */
    public List<BenchmarkPosition> positions(String indicatorId) {
        List<BenchmarkPosition> list = positions.get(indicatorId);
        if (list == null) {
            throw new IllegalArgumentException("no indicator '" + indicatorId + "' in the benchmark");
        }
        return list;
    }

    /**
     * Returns one organisation's position on one indicator.
     *
     * @param indicatorId the indicator
     * @param organisationId the organisation
     * @return the position, or empty if it is not ranked (masked, no value, neutral indicator)
     * @throws IllegalArgumentException if the indicator is not in the report
     */
    public Optional<BenchmarkPosition> position(String indicatorId, String organisationId) {
        return positions(indicatorId).stream().filter(p -> p.organisationId().equals(organisationId)).findFirst();
    }

    /**
     * Returns one organisation's positions on every ranked indicator, in report order.
     *
     * @param organisationId the organisation
     * @return the positions
     */
    public List<BenchmarkPosition> positionsOf(String organisationId) {
        return positions.values().stream().flatMap(List::stream).filter(p -> p.organisationId().equals(organisationId)).toList();
    }
}
