package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.internal.LinkedTables.Role;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each person contributes to each published figure of a release, kept so that the disclosure
 * pass can write down every relation between figures person by person ({@link ReleaseAssembly}).
 * A person's contributions are read from a measurement of that person alone, so the ledger uses
 * the calculators exactly as the report does. Keeps, per person, one number per figure the person
 * counts in (a few hundred numbers).
 */
final class ReleaseLedger {

    /** A figure: indicator (or ESF+ code), breakdown (null for the overall figure or an ESF+ row), category, role. */
    record Key(String indicatorId, BreakdownKind kind, List<String> category, Role role) {
    }

    /** One figure's contributions, person by person in increasing order. */
    static final class Contributions {
        final List<Integer> persons = new ArrayList<>();
        final List<Double> values = new ArrayList<>();

        int[] persons() {
            return persons.stream().mapToInt(Integer::intValue).toArray();
        }

        double[] values() {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private final IndicatorEngine engine;
    private final Period period;
    private final LocalDate referenceDate;
    private final List<Organisation> organisations;
    private final MeasureOptions options;
    private final Map<Key, Contributions> figures = new HashMap<>(); // looked up by key only: order never shows
    private final EsfReport.Tally esf;
    private final List<String> ids = new ArrayList<>();
    private int people;

    ReleaseLedger(IndicatorEngine engine, Period period, LocalDate referenceDate, Collection<Organisation> organisations, MeasureOptions options) {
        this.engine = engine;
        this.period = period;
        this.referenceDate = referenceDate;
        this.organisations = List.copyOf(organisations);
        this.options = options;
        this.esf = EsfReport.tally(period, referenceDate);
    }

    int people() {
        return people;
    }

    EsfReport.Tally esf() {
        return esf;
    }

    Map<Key, Contributions> figures() {
        return figures;
    }

    /** The pseudonymous id of each person, by number. */
    List<String> ids() {
        return ids;
    }

    void add(Participant participant) {
        int person = people++;
        ids.add(participant.id());
        IndicatorReport alone = new Measurement(engine, period, referenceDate, organisations, options).add(participant).unmaskedReport();
        for (IndicatorSection section : alone.indicators()) {
            Statistic statistic = engine.catalogue().definition(section.indicatorId()).statistic();
            record(person, section.indicatorId(), null, section.overall(), statistic);
            for (Breakdown breakdown : section.breakdowns()) {
                for (Cell cell : breakdown.cells()) {
                    record(person, section.indicatorId(), breakdown.kind(), cell, statistic);
                }
            }
        }
        EsfReport one = EsfReport.tally(period, referenceDate).add(participant).report();
        for (EsfRow row : one.rows()) {
            long[] columns = {row.women(), row.men(), row.nonBinary(), row.undisclosed(), row.total()};
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] != 0) {
                    put(new Key(row.code(), null, List.of(ReleaseAssembly.ESF_COLUMNS.get(c)), Role.COUNTED), person, columns[c]);
                }
            }
        }
        esf.add(participant);
    }

    private void record(int person, String indicatorId, BreakdownKind kind, Cell cell, Statistic statistic) {
        IndicatorResult result = Objects.requireNonNull(cell.result(), "an unmasked cell");
        if (result.counted() > 0) {
            put(new Key(indicatorId, kind, cell.category(), Role.COUNTED), person, result.counted());
        }
        if (result.missing() > 0) {
            put(new Key(indicatorId, kind, cell.category(), Role.MISSING), person, result.missing());
        }
        Role role = ReleaseAssembly.numeratorRole(statistic);
        BigDecimal numerator = result.numerator();
        if (role != null && numerator != null && numerator.signum() != 0) {
            put(new Key(indicatorId, kind, cell.category(), role), person, numerator.doubleValue());
        }
    }

    private void put(Key key, int person, double value) {
        Contributions contributions = figures.computeIfAbsent(key, k -> new Contributions());
        contributions.persons.add(person);
        contributions.values.add(value);
    }

    /** Absorbs another ledger of the same release; its people are numbered after this one's. */
    void merge(ReleaseLedger other) {
        int offset = people;
        other.figures.forEach((key, theirs) -> {
            Contributions mine = figures.computeIfAbsent(key, k -> new Contributions());
            theirs.persons.forEach(p -> mine.persons.add(p + offset));
            mine.values.addAll(theirs.values);
        });
        people += other.people;
        ids.addAll(other.ids);
        esf.merge(other.esf);
    }
}
