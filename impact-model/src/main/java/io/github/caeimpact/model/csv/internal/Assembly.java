package io.github.caeimpact.model.csv.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.caeimpact.model.csv.CsvTable;
import io.github.caeimpact.model.validation.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON dataset assembled from the CSV files, where each record came from, and what was wrong
 * with the cells.
 */
public final class Assembly {

    /** The rows of one participant in every file, and whether a cell of them was wrong. */
    public static final class ParticipantRows {
        private final Map<CsvTable, Integer> rows = new EnumMap<>(CsvTable.class);
        private boolean damaged;

        void add(CsvTable table) {
            rows.merge(table, 1, Integer::sum);
        }

        void damage() {
            damaged = true;
        }

        /**
         * Tells whether a cell of the participant's rows could not be read.
         *
         * @return true if the participant must be rejected whatever the dataset's rules say
         */
        public boolean damaged() {
            return damaged;
        }

        /**
         * Returns how many rows of a file belong to the participant.
         *
         * @param table the file
         * @return the count
         */
        public int rows(CsvTable table) {
            return rows.getOrDefault(table, 0);
        }
    }

    final List<Problem> problems = new ArrayList<>();
    final Map<CsvTable, Integer> read = new EnumMap<>(CsvTable.class);
    final Map<CsvTable, Integer> orphans = new EnumMap<>(CsvTable.class);
    final List<ParticipantRows> participants = new ArrayList<>();
    final SourceMap sources;
    ObjectNode root;
    boolean fatal;

    Assembly(SourceMap sources) {
        this.sources = sources;
    }

    /**
     * Returns the problems of the files and cells, each located by file, line and column.
     *
     * @return the problems, in file order
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Tells whether the folder cannot give a dataset at all: a file missing or malformed, a header
     * wrong, or a problem outside the participants.
     *
     * @return true if no dataset can be read, even leniently
     */
    public boolean fatal() {
        return fatal;
    }

    /**
     * Returns the assembled dataset document.
     *
     * @return the JSON tree, null if fatal
     */
    public ObjectNode root() {
        return root;
    }

    /**
     * Returns where the records came from.
     *
     * @return the source map
     */
    public SourceMap sources() {
        return sources;
    }

    /**
     * Returns the participants' rows, in the order of {@code participants.csv} (the index in the
     * JSON {@code participants} array).
     *
     * @return the participants' rows
     */
    public List<ParticipantRows> participants() {
        return List.copyOf(participants);
    }

    /**
     * Returns how many data rows a file had (blank rows aside).
     *
     * @param table the file
     * @return the count
     */
    public int read(CsvTable table) {
        return read.getOrDefault(table, 0);
    }

    /**
     * Returns how many rows of a file name a participant that {@code participants.csv} lacks.
     *
     * @param table the file
     * @return the count
     */
    public int orphans(CsvTable table) {
        return orphans.getOrDefault(table, 0);
    }
}
