package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.ReleaseLedger.Contributions;
import io.github.caeimpact.indicators.ReleaseLedger.Key;
import io.github.caeimpact.indicators.disclosure.CellKey;
import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.indicators.spi.Results;
import io.github.caeimpact.indicators.stats.ConfidenceInterval;
import io.github.caeimpact.indicators.stats.Intervals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cell-key perturbation of a release's shown figures ({@link CellKey}): each count and sum is
 * perturbed from the record keys of the people it counts, and what is derived from them follows: a
 * share is its perturbed numerator over its perturbed count, with its Wilson interval recomputed; a
 * mean is its perturbed sum over its perturbed count, its interval moved with it. Medians, the
 * paired tests and the width of mean intervals are left as measured.
 */
final class ReleasePerturbation implements ReleasePublisher.Shown {

    private final CellKey method;
    private final ReleaseLedger ledger;
    private final Catalogue catalogue;
    private final long[] recordKeys;

    ReleasePerturbation(CellKey method, ReleaseLedger ledger, Catalogue catalogue) {
        this.method = method;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.recordKeys = ledger.ids().stream().mapToLong(method::recordKey).toArray();
    }

    /** Returns the published form of a shown indicator cell. */
    @Override
    public IndicatorResult publish(String id, BreakdownKind kind, List<String> category, IndicatorResult result) {
        Statistic statistic = catalogue.definition(id).statistic();
        long counted = count(new Key(id, kind, category, Role.COUNTED), result.counted());
        long missing = count(new Key(id, kind, category, Role.MISSING), result.missing());
        BigDecimal value = result.value();
        BigDecimal numerator = result.numerator();
        BigDecimal denominator = result.denominator();
        ConfidenceInterval interval = result.interval();
        Key magnitude = new Key(id, kind, category, Role.MAGNITUDE);
        switch (statistic) {
            case PROPORTION -> {
                long with = Math.min(counted, count(new Key(id, kind, category, Role.NUMERATOR), longOf(numerator)));
                numerator = BigDecimal.valueOf(with);
                denominator = BigDecimal.valueOf(counted);
                value = counted == 0 ? null : numerator.divide(denominator, Results.PRECISION);
                interval = interval == null ? null : Intervals.wilson(with, counted, interval.level()).orElse(null);
            }
            case COUNT -> {
                if (value != null && value.stripTrailingZeros().scale() <= 0) {
                    value = BigDecimal.valueOf(count(new Key(id, kind, category, Role.COUNTED), value.longValueExact()));
                }
            }
            case SUM -> {
                numerator = sum(magnitude, numerator);
                value = value == null ? null : numerator;
            }
            case MEAN, PAIRED_MEAN_CHANGE -> {
                BigDecimal total = sum(magnitude, numerator);
                if (total != null && value != null && counted > 0) {
                    denominator = BigDecimal.valueOf(counted);
                    BigDecimal mean = total.divide(denominator, Results.PRECISION);
                    double shift = mean.subtract(value).doubleValue();
                    interval = interval == null ? null
                            : new ConfidenceInterval(interval.lower() + shift, interval.upper() + shift, interval.level(), interval.method());
                    value = mean;
                }
                numerator = total;
            }
            default -> {
                // A median is one or two people's value, not a sum: it is published as measured.
            }
        }
        return new IndicatorResult(result.indicatorId(), result.period(), value, numerator, denominator, counted, missing, interval,
                result.tests(), result.warnings());
    }

    /** Returns the published form of a shown ESF+ cell. */
    @Override
    public long esf(String code, String column, long count) {
        return count(new Key(code, null, List.of(column), Role.COUNTED), count);
    }

    private long count(Key key, long count) {
        Contributions people = ledger.figures().get(key);
        return people == null ? count : method.perturbCount(count, cellKey(people));
    }

    private BigDecimal sum(Key key, BigDecimal sum) {
        Contributions people = ledger.figures().get(key);
        if (sum == null || people == null) {
            return sum;
        }
        double largest = 0;
        for (double value : people.values()) {
            largest = Math.max(largest, Math.abs(value));
        }
        return method.perturbSum(sum, BigDecimal.valueOf(largest), cellKey(people));
    }

    private long cellKey(Contributions people) {
        List<Long> keys = new ArrayList<>();
        for (int person : people.persons()) {
            keys.add(recordKeys[person]);
        }
        return CellKey.cellKey(keys);
    }

    private static long longOf(BigDecimal value) {
        return value == null ? 0 : value.longValueExact();
    }
}
