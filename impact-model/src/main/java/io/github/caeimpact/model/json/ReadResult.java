package io.github.caeimpact.model.json;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * What a lenient read gives: the dataset of the participants accepted, every problem found, and an
 * account of the participants rejected. Always {@code accepted + rejected == read}.
 *
 * @param dataset the dataset holding the accepted participants only (for a streamed read, none:
 *     they went to the consumer)
 * @param report every problem found: the errors that rejected participants, and the warnings on
 *     those accepted
 * @param read how many elements of the {@code participants} array were read
 * @param accepted how many participants were accepted
 * @param rejected how many participants were rejected
 * @param rejectedParticipants the rejected participants, in document order: all of them up to
 *     {@link ValidationReport#MAX_PROBLEMS}, the first {@code MAX_PROBLEMS} beyond (the count
 *     {@code rejected} is always exact)
 * @param complete false if the document broke off (malformed or truncated JSON inside the
 *     participants, or a limit exceeded) so that participants after the break were not read
 */
public record ReadResult(Dataset dataset, ValidationReport report, int read, int accepted, int rejected,
        List<RejectedParticipant> rejectedParticipants, boolean complete) {

    /**
     * Checks the counts and copies the list.
     *
     * @param dataset the dataset
     * @param report the report
     * @param read the count read
     * @param accepted the count accepted
     * @param rejected the count rejected
     * @param rejectedParticipants the rejected participants
     * @param complete whether the whole document was read
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if {@code accepted + rejected != read} or the list size is not
     *     {@code rejected} (at most {@link ValidationReport#MAX_PROBLEMS})
     */
    public ReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        rejectedParticipants = List.copyOf(Objects.requireNonNull(rejectedParticipants, "rejectedParticipants"));
        if (accepted + rejected != read || rejectedParticipants.size() != Math.min(rejected, ValidationReport.MAX_PROBLEMS)
                || accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts: read " + read + ", accepted " + accepted + ", rejected "
                    + rejected + ", listed " + rejectedParticipants.size());
        }
    }
}
