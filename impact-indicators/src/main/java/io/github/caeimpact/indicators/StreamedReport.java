package io.github.caeimpact.indicators;

import io.github.caeimpact.model.json.ReadResult;
import java.util.Objects;

/**
 * A dataset file measured as a stream: the report of the accepted participants, and the account of
 * the read (participants rejected as invalid, with their problems), so that nothing is lost silently.
 *
 * @param report the report of the accepted participants
 * @param read the account of the read; its dataset holds the file's own fields and no participant
 */
public record StreamedReport(IndicatorReport report, ReadResult read) {

    /**
     * Checks the parts.
     *
     * @param report the report
     * @param read the read account
     * @throws NullPointerException if a part is null
     */
    public StreamedReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(read, "read");
    }
}
