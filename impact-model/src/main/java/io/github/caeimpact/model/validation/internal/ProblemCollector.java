package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems of one input, keeping the first {@link ValidationReport#MAX_PROBLEMS} and
 * counting the rest, so that a document of a million broken elements costs a counter, not a
 * million problems. Every reader of the library (datasets, catalogues, maps, proxy libraries,
 * price indexes) collects through it. Not thread-safe.
 */
public final class ProblemCollector {

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private long omittedErrors;
    private long omittedWarnings;
    private boolean error;

    /** Creates a collector keeping {@link ValidationReport#MAX_PROBLEMS} problems. */
    public ProblemCollector() {
        this(ValidationReport.MAX_PROBLEMS);
    }

    /**
     * Creates a collector keeping at most {@code limit} problems.
     *
     * @param limit the most problems kept, at least 1
     */
    public ProblemCollector(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /**
     * Adds a problem: kept if there is room, counted otherwise.
     *
     * @param problem the problem, not null
     */
    public void add(Problem problem) {
        error |= problem.isError();
        if (kept.size() < limit) {
            kept.add(problem);
        } else if (problem.isError()) {
            omittedErrors++;
        } else {
            omittedWarnings++;
        }
    }

    /**
     * Adds problems in order.
     *
     * @param problems the problems, not null
     */
    public void addAll(Collection<Problem> problems) {
        problems.forEach(this::add);
    }

    /**
     * Adds what another collector holds, kept and counted, after what this one holds.
     *
     * @param other the other collector, not null
     */
    public void addAll(ProblemCollector other) {
        other.kept.forEach(this::add);
        omittedErrors += other.omittedErrors;
        omittedWarnings += other.omittedWarnings;
        error |= other.error;
    }

    /**
     * Tells whether an error was added, kept or not.
     *
     * @return true if any problem added is an error
     */
    public boolean hasError() {
        return error;
    }

    /**
     * Tells whether nothing was added.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return kept.isEmpty();
    }

    /**
     * Returns the problems kept, followed, if any were left out, by one {@code PROBLEMS_OMITTED}
     * problem saying how many.
     *
     * @return a new list
     */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(kept);
        long omitted = omittedErrors + omittedWarnings;
        if (omitted > 0) {
            String message = "and " + omitted + " more (" + omittedErrors + " error(s), " + omittedWarnings
                    + " warning(s)) not listed: at most " + limit + " problems are kept";
            all.add(omittedErrors > 0 ? Problem.error("$", RuleCodes.PROBLEMS_OMITTED, message)
                    : Problem.warning("$", RuleCodes.PROBLEMS_OMITTED, message));
        }
        return all;
    }

    /**
     * Returns the report of {@link #problems()}.
     *
     * @return the report
     */
    public ValidationReport report() {
        return new ValidationReport(problems());
    }

    /**
     * Returns the problems of a list capped as a collector would keep them; a list capped already
     * is returned as it is.
     *
     * @param problems the problems, not null
     * @return the first {@link ValidationReport#MAX_PROBLEMS}, and the count of the others
     */
    public static List<Problem> capped(List<Problem> problems) {
        int limit = ValidationReport.MAX_PROBLEMS;
        if (problems.size() <= limit || problems.size() == limit + 1
                && RuleCodes.PROBLEMS_OMITTED.equals(problems.get(limit).code())) {
            // Within the limit, or capped already: the count of the left-out ones is in the last.
            return List.copyOf(problems);
        }
        ProblemCollector collector = new ProblemCollector();
        collector.addAll(problems);
        return collector.problems();
    }
}
