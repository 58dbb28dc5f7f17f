package io.github.caeimpact.sroi.map;

import java.util.Objects;

/**
 * The address of one numeric parameter of an impact map, written as the JSON path below the map's
 * root, such as {@code outcomes[2].deadweight}, {@code outcomes[0].attribution[1]},
 * {@code inputs[3].amount} or {@code discounting.rate}; sensitivity analysis and Monte Carlo
 * simulation vary parameters by this address. Start offsets and calendar years are structure, not
 * parameters.
 *
 * @param path the path below the root, without the leading {@code $.}
 */
public record ParameterId(String path) implements Comparable<ParameterId> {

    /**
     * Checks the path.
     *
     * @param path not null nor blank
     * @throws IllegalArgumentException if blank
     */
    public ParameterId {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path: must not be blank");
        }
    }

    /**
     * Returns the address of a field of an outcome, such as {@code outcomes[2].deadweight}.
     *
     * @param index the outcome's index in the map, from 0
     * @param field the field name: {@code quantity}, {@code proxy.value}, {@code durationYears},
     *     {@code deadweight}, {@code displacement}, {@code dropOff} or {@code leakage}
     * @return the address
     */
    public static ParameterId outcome(int index, String field) {
        return new ParameterId("outcomes[" + index + "]." + field);
    }

    /**
     * Returns the address of one attribution share of an outcome.
     *
     * @param index the outcome's index, from 0
     * @param share the share's index, from 0
     * @return the address, such as {@code outcomes[2].attribution[0]}
     */
    public static ParameterId attribution(int index, int share) {
        return new ParameterId("outcomes[" + index + "].attribution[" + share + "]");
    }

    /**
     * Returns the address of an input's amount.
     *
     * @param index the input's index, from 0
     * @return the address, such as {@code inputs[3].amount}
     */
    public static ParameterId input(int index) {
        return new ParameterId("inputs[" + index + "].amount");
    }

    /**
     * Returns the address of a field of the discounting scheme.
     *
     * @param field {@code rate}, {@code beta} or {@code rates[k]}
     * @return the address, such as {@code discounting.rate}
     */
    public static ParameterId discounting(String field) {
        return new ParameterId("discounting." + field);
    }

    /**
     * Returns the JSON path from the document root, such as {@code $.outcomes[2].deadweight}.
     *
     * @return the JSON path
     */
    public String jsonPath() {
        return "$." + path;
    }

    @Override
    public int compareTo(ParameterId other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
