package io.github.caeimpact.indicators;

import io.github.caeimpact.indicators.disclosure.DisclosureStatement;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.internal.Categories;
import io.github.caeimpact.model.AgeBand;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a release's masks to the figures: the published indicator report and ESF+ table are the
 * only forms of a release's figures that leave the library, so a renderer cannot reach a masked value.
 * Every breakdown lists the same categories whatever the data (all genders, age bands, labour
 * statuses, education levels, the dataset's organisations and their territories, the years of the
 * period), so which categories appear reveals nothing.
 */
final class ReleasePublisher {

    static final java.util.Comparator<List<String>> CATEGORY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ReleasePublisher() {
    }

    static String name(String indicatorId, BreakdownKind kind, List<String> category) {
        return indicatorId + "|" + (kind == null ? "overall" : kind.name()) + "|" + String.join("/", category);
    }

    static String esfName(String code, String column) {
        return "ESF+|" + code + "|" + column;
    }

    /** The categories a breakdown lists: those fixed by the model, plus any the data hold that are not (never fewer). */
    static List<List<String>> categories(Breakdown observed, Map<String, Organisation> organisations, Period period) {
        Set<List<String>> all = new TreeSet<>(CATEGORY_ORDER);
        for (List<String> category : fixed(observed.kind(), organisations.values(), period)) {
            all.add(category);
        }
        observed.cells().forEach(cell -> all.add(cell.category()));
        return List.copyOf(all);
    }

    private static List<List<String>> fixed(BreakdownKind kind, Collection<Organisation> organisations, Period period) {
        return switch (kind) {
            case GENDER -> single(Arrays.stream(Gender.values()).map(Enum::name).toList());
            case AGE_BAND -> single(Arrays.stream(AgeBand.values()).map(Enum::name).toList());
            case ENTRY_SITUATION -> single(Arrays.stream(LabourStatus.values()).map(Enum::name).toList());
            case EDUCATION -> {
                List<String> levels = new ArrayList<>(Arrays.stream(EducationLevel.values()).map(Enum::name).toList());
                levels.add(Categories.UNKNOWN);
                yield single(levels);
            }
            case ORGANISATION -> single(organisations.stream().map(Organisation::id).toList());
            case TERRITORY -> single(organisations.stream().map(o -> o.territory().departementCode()).distinct().toList());
            case ENTRY_YEAR -> {
                List<String> years = new ArrayList<>();
                for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
                    years.add(String.valueOf(year));
                }
                years.add(Categories.UNKNOWN);
                yield single(years);
            }
            case GENDER_BY_AGE_BAND -> {
                List<List<String>> cells = new ArrayList<>();
                for (Gender gender : Gender.values()) {
                    for (AgeBand band : AgeBand.values()) {
                        cells.add(List.of(gender.name(), band.name()));
                    }
                }
                yield cells;
            }
        };
    }

    private static List<List<String>> single(List<String> values) {
        return values.stream().map(List::of).toList();
    }

    /** What a shown cell becomes when published: itself, or its perturbed form (cell-key method). */
    interface Shown {
        IndicatorResult publish(String id, BreakdownKind kind, List<String> category, IndicatorResult result);

        long esf(String code, String column, long count);
    }

    /** Publishes shown cells as measured. */
    static final Shown AS_MEASURED = new Shown() {
        @Override
        public IndicatorResult publish(String id, BreakdownKind kind, List<String> category, IndicatorResult result) {
            return result;
        }

        @Override
        public long esf(String code, String column, long count) {
            return count;
        }
    };

    static IndicatorReport indicators(IndicatorReport unmasked, Map<String, MaskReason> masks, Set<String> units,
            MeasureOptions options, Map<String, Organisation> organisations, Shown shown) {
        List<IndicatorSection> sections = new ArrayList<>();
        for (IndicatorSection section : unmasked.indicators()) {
            String id = section.indicatorId();
            Cell overall = cell(section.overall(), masks.get(name(id, null, List.of())), id, null, shown);
            List<Breakdown> breakdowns = new ArrayList<>();
            for (Breakdown breakdown : section.breakdowns()) {
                List<List<String>> categories = categories(breakdown, organisations, unmasked.period());
                String first = name(id, breakdown.kind(), categories.get(0));
                if (!units.contains(first)) {
                    breakdowns.add(Breakdown.suppressed(breakdown.kind(), MaskReason.OVERALL_BELOW_THRESHOLD));
                } else if (masks.get(first) == MaskReason.AUDIT) {
                    breakdowns.add(Breakdown.suppressed(breakdown.kind(), MaskReason.AUDIT));
                } else {
                    List<Cell> cells = new ArrayList<>();
                    for (List<String> category : categories) {
                        MaskReason reason = masks.get(name(id, breakdown.kind(), category));
                        cells.add(reason != null ? new Cell(category, null, reason)
                                : cell(breakdown.cell(category.toArray(String[]::new)).orElseThrow(), null, id, breakdown.kind(), shown));
                    }
                    breakdowns.add(new Breakdown(breakdown.kind(), cells));
                }
            }
            sections.add(new IndicatorSection(id, overall, breakdowns));
        }
        // Response rates keep their own masking (threshold k on the people eligible and responding): they are
        // not among the release's linked tables.
        return new IndicatorReport(unmasked.catalogue(), unmasked.period(), unmasked.referenceDate(), options.disclosureThreshold(),
                unmasked.participants(), sections, unmasked.responseRates());
    }

    private static Cell cell(Cell unmasked, MaskReason reason, String id, BreakdownKind kind, Shown shown) {
        return reason == null ? new Cell(unmasked.category(), shown.publish(id, kind, unmasked.category(), unmasked.result()), null)
                : new Cell(unmasked.category(), null, reason);
    }

    static PublishedEsfReport esf(EsfReport esf, Map<String, MaskReason> masks, DisclosureStatement statement, Shown published) {
        List<PublishedEsfReport.Row> rows = new ArrayList<>();
        for (EsfRow row : esf.rows()) {
            long[] counts = {row.women(), row.men(), row.nonBinary(), row.undisclosed()};
            Map<String, Long> shown = new LinkedHashMap<>();
            Map<String, MaskReason> masked = new LinkedHashMap<>();
            for (int g = 0; g < PublishedEsfReport.GENDERS.size(); g++) {
                MaskReason reason = masks.get(esfName(row.code(), ReleaseAssembly.ESF_COLUMNS.get(g)));
                if (reason == null) {
                    shown.put(PublishedEsfReport.GENDERS.get(g), published.esf(row.code(), ReleaseAssembly.ESF_COLUMNS.get(g), counts[g]));
                } else {
                    masked.put(PublishedEsfReport.GENDERS.get(g), reason);
                }
            }
            MaskReason total = masks.get(esfName(row.code(), "total"));
            rows.add(new PublishedEsfReport.Row(row.code(), row.label(), shown, masked,
                    total == null ? published.esf(row.code(), "total", row.total()) : null, total));
        }
        return new PublishedEsfReport(esf.period(), esf.referenceDate(), statement.threshold(), rows);
    }
}
