package io.github.caeimpact.model.csv;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * What a lenient read of a folder of CSV files gives: the dataset of the participants accepted,
 * every problem found (located by file, line and column), and an account of every row of every
 * file.
 *
 * @param dataset the dataset holding the accepted participants only
 * @param report every problem: the errors that rejected participants or rows, and the warnings on
 *     those accepted
 * @param participantsRead how many participants {@code participants.csv} held
 * @param participantsAccepted how many are in the dataset
 * @param files the account of each file present, in table order; each has
 *     {@code accepted + rejected == read}
 */
public record CsvReadResult(Dataset dataset, ValidationReport report, int participantsRead, int participantsAccepted,
        List<CsvFileCount> files) {

    /**
     * Checks and copies.
     *
     * @param dataset the dataset
     * @param report the report
     * @param participantsRead the participants read
     * @param participantsAccepted the participants accepted
     * @param files the accounts of the files
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if more participants were accepted than read, or the
     *     dataset does not hold the accepted ones
     */
    public CsvReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (participantsAccepted > participantsRead || dataset.participants().size() != participantsAccepted) {
            throw new IllegalArgumentException("participants: read " + participantsRead + ", accepted "
                    + participantsAccepted + ", in the dataset " + dataset.participants().size());
        }
    }

    /**
     * Returns how many participants were rejected.
     *
     * @return {@code participantsRead - participantsAccepted}
     */
    public int participantsRejected() {
        return participantsRead - participantsAccepted;
    }
}
