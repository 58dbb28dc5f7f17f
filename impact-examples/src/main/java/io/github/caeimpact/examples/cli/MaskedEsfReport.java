package io.github.caeimpact.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.caeimpact.indicators.EsfReport;
import io.github.caeimpact.indicators.EsfRow;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.json.StrictJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ESF+ report as published: each row's gender cells under the disclosure threshold are masked,
 * with complementary masking so that no cell can be recovered from the total and the others.
 */
record MaskedEsfReport(Period period, LocalDate referenceDate, int disclosureThreshold, List<Row> rows) {

    private static final List<String> GENDERS = List.of("women", "men", "nonBinary", "undisclosed");

    /** One indicator: the shown counts by gender (absent when masked), the reason of each mask, the total. */
    record Row(String code, String label, Map<String, Long> counts, Map<String, MaskReason> masked, Long total,
            MaskReason totalMasked) {
    }

    static MaskedEsfReport of(EsfReport report, DisclosureControl control) {
        List<Row> rows = new ArrayList<>();
        for (EsfRow row : report.rows()) {
            long[] counts = {row.women(), row.men(), row.nonBinary(), row.undisclosed()};
            List<MaskReason> reasons = control.mask(GENDERS.stream().map(List::of).toList(), counts);
            Map<String, Long> shown = new LinkedHashMap<>();
            Map<String, MaskReason> masked = new LinkedHashMap<>();
            for (int i = 0; i < counts.length; i++) {
                if (reasons.get(i) == null) {
                    shown.put(GENDERS.get(i), counts[i]);
                } else {
                    masked.put(GENDERS.get(i), reasons.get(i));
                }
            }
            boolean totalSmall = control.isBelowThreshold(row.total());
            rows.add(new Row(row.code(), row.label(), shown, masked, totalSmall ? null : row.total(),
                    totalSmall ? MaskReason.BELOW_THRESHOLD : null));
        }
        return new MaskedEsfReport(report.period(), report.referenceDate(), control.k(), rows);
    }

    String toJson() {
        try {
            return StrictJson.mapper().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ESF+ report always serialises", e);
        }
    }
}
