package io.github.caeimpact.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every problem found in an input, errors and warnings together, in the order found.
 *
 * <p>The readers of the library keep at most {@link #MAX_PROBLEMS} problems of one input, so that
 * memory and output stay bounded on any input: the ones beyond are counted, not kept, and stand as
 * one last problem at {@code $} of code {@link RuleCodes#PROBLEMS_OMITTED}, whose message reads
 * "and N more".
 *
 * @param problems the problems, possibly empty
 */
public record ValidationReport(List<Problem> problems) {

    /** The most problems a reader of the library keeps for one input, before "and N more". */
    public static final int MAX_PROBLEMS = 1_000;

    /** A report without any problem. */
    public static final ValidationReport EMPTY = new ValidationReport(List.of());

    /**
     * Copies the list.
     *
     * @param problems the problems
     * @throws NullPointerException if {@code problems} or one of its elements is null
     */
    public ValidationReport {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /**
     * Returns a report of the given problems.
     *
     * @param problems the problems
     * @return the report
     */
    public static ValidationReport of(Collection<Problem> problems) {
        return new ValidationReport(List.copyOf(problems));
    }

    /**
     * Returns the problems of severity {@link Severity#ERROR}.
     *
     * @return the errors, possibly empty
     */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /**
     * Returns the problems of severity {@link Severity#WARNING}.
     *
     * @return the warnings, possibly empty
     */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * Tells whether the input passes: no error (warnings allowed).
     *
     * @return true if there is no error
     */
    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /**
     * Returns a report holding this report's problems followed by another's.
     *
     * @param other the other report
     * @return the combined report
     */
    public ValidationReport and(ValidationReport other) {
        Objects.requireNonNull(other, "other");
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ValidationReport(all);
    }

    /**
     * Throws if the report holds an error.
     *
     * @param what what was checked, for the exception message (for example {@code "dataset"})
     * @throws InvalidInputException if there is at least one error
     */
    public void throwIfInvalid(String what) {
        if (!isValid()) {
            throw new InvalidInputException(what, this);
        }
    }
}
