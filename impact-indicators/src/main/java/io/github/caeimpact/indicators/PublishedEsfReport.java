package io.github.caeimpact.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.indicators.internal.EsfDisclosure;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.json.internal.StrictJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ESF+ report as published: small cells masked with their reason. Each row's gender cells and
 * total form a line; the labour-status rows EECO02, EECO04 and EECO05 partition EECO01 and are
 * masked with it as one two-dimensional table (rows by gender, EECO01 as the column totals), and so
 * are the education rows EECO09-EECO11. Entrants of unknown education make the education rows
 * fall short of EECO01: their row, never published, is masked as if it were, so that a reader who
 * works out the difference still recovers no masked cell. Other rows are masked row by row. Rules
 * of {@link DisclosureControl#maskLines}: a cell of fewer than k people is masked, and no line is
 * left with exactly one masked cell or masked cells counting together fewer than k people.
 *
 * @param period the period
 * @param referenceDate the reference date
 * @param disclosureThreshold k, the smallest number of people a shown cell counts
 * @param rows the indicators, in code order
 */
public record PublishedEsfReport(Period period, LocalDate referenceDate, int disclosureThreshold, List<Row> rows) {

    /** The gender columns, in order, as named in JSON. */
    public static final List<String> GENDERS = List.of("women", "men", "nonBinary", "undisclosed");

    /**
     * Copies the rows.
     *
     * @param period the period
     * @param referenceDate the reference date
     * @param disclosureThreshold k
     * @param rows the rows
     * @throws NullPointerException if a part is null
     */
    public PublishedEsfReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(referenceDate, "referenceDate");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * One indicator as published.
     *
     * @param code the indicator code, e.g. {@code EECO02}
     * @param label the indicator's name in English
     * @param counts the shown counts by gender (keys from {@link #GENDERS}); masked genders are absent
     * @param masked the masked genders with the reason of each mask
     * @param total the total, null when masked
     * @param totalMasked why the total is masked, null when shown
     */
    public record Row(String code, String label, Map<String, Long> counts, Map<String, MaskReason> masked, Long total,
            MaskReason totalMasked) {

        /**
         * Copies the maps, keeping their order.
         *
         * @param code the code
         * @param label the label
         * @param counts the shown counts
         * @param masked the masked genders
         * @param total the total or null
         * @param totalMasked the total's mask reason or null
         * @throws IllegalArgumentException if the total is both or neither shown and masked
         */
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
            masked = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(masked, "masked")));
            if ((total == null) == (totalMasked == null)) {
                throw new IllegalArgumentException(code + ": the total is either shown or masked");
            }
        }
    }

    /**
     * Masks a report.
     *
     * @param report the counted report
     * @param control the disclosure control
     * @return the report as published
     */
    public static PublishedEsfReport of(EsfReport report, DisclosureControl control) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(control, "control");
        List<MaskReason[]> masks = EsfDisclosure.mask(report.rows(), control);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < report.rows().size(); r++) {
            EsfRow row = report.rows().get(r);
            long[] counts = {row.women(), row.men(), row.nonBinary(), row.undisclosed()};
            MaskReason[] reasons = masks.get(r);
            Map<String, Long> shown = new LinkedHashMap<>();
            Map<String, MaskReason> masked = new LinkedHashMap<>();
            for (int g = 0; g < GENDERS.size(); g++) {
                if (reasons[g] == null) {
                    shown.put(GENDERS.get(g), counts[g]);
                } else {
                    masked.put(GENDERS.get(g), reasons[g]);
                }
            }
            rows.add(new Row(row.code(), row.label(), shown, masked, reasons[4] == null ? row.total() : null, reasons[4]));
        }
        return new PublishedEsfReport(report.period(), report.referenceDate(), control.k(), rows);
    }

    /**
     * Returns one indicator's row.
     *
     * @param code the code, e.g. {@code EECO04}
     * @return the row
     * @throws IllegalArgumentException if the code is not reported
     */
    public Row row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ESF+ indicator '" + code + "' in the report"));
    }

    /**
     * Writes the report as JSON ({@link StrictJson#mapper()}: sorted keys, 2-space indent), ending with a newline.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return StrictJson.mapper().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published ESF+ report always serialises", e);
        }
    }
}
