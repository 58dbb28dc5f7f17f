package io.github.caeimpact.model.csv;

import java.util.Objects;

/**
 * The account of one file of a lenient read: every data row (blank rows aside) is either accepted
 * or rejected.
 *
 * @param file the file's name, such as {@code events.csv}
 * @param read how many data rows it had
 * @param accepted how many of them are in the dataset
 * @param rejected how many were left out: rows of a rejected participant, or naming an unknown one
 */
public record CsvFileCount(String file, int read, int accepted, int rejected) {

    /**
     * Checks the account.
     *
     * @param file the file
     * @param read the rows read
     * @param accepted the rows accepted
     * @param rejected the rows rejected
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalArgumentException if a count is negative or {@code accepted + rejected != read}
     */
    public CsvFileCount {
        Objects.requireNonNull(file, "file");
        if (accepted < 0 || rejected < 0 || accepted + rejected != read) {
            throw new IllegalArgumentException(file + ": read " + read + ", accepted " + accepted + ", rejected "
                    + rejected);
        }
    }
}
