package io.github.caeimpact.sroi.map;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The reference priors of the deductions, beta distributions fitted by a meta-analysis of
 * published SROI reports (design note SROI.md, "Judgement, made visible"): written in a map as
 * {@code {"prior":"deadweight"}}, {@code "attribution"}, {@code "dropOff"} or
 * {@code "displacement"}.
 */
public enum Prior {
    /** Deadweight: Beta(3.5, 10.5), mean 0.25. */
    DEADWEIGHT("deadweight", "3.5", "10.5"),
    /** Attribution: Beta(3.2, 12.8), mean 0.2. */
    ATTRIBUTION("attribution", "3.2", "12.8"),
    /** Drop-off: Beta(2.3, 20.7), mean 0.1. */
    DROP_OFF("dropOff", "2.3", "20.7"),
    /** Displacement: Beta(1.4, 26.6), mean 0.05. */
    DISPLACEMENT("displacement", "1.4", "26.6");

    private final String jsonName;
    private final BigDecimal alpha;
    private final BigDecimal beta;

    Prior(String jsonName, String alpha, String beta) {
        this.jsonName = jsonName;
        this.alpha = new BigDecimal(alpha);
        this.beta = new BigDecimal(beta);
    }

    /**
     * Returns the name written in a map, the field it is the prior of, such as {@code dropOff}.
     *
     * @return the JSON name
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Returns the first shape of the beta distribution.
     *
     * @return alpha
     */
    public BigDecimal alpha() {
        return alpha;
    }

    /**
     * Returns the second shape of the beta distribution.
     *
     * @return beta
     */
    public BigDecimal beta() {
        return beta;
    }

    /**
     * Finds a prior by its JSON name.
     *
     * @param name such as {@code "deadweight"}
     * @return the prior, or empty if there is none of that name
     */
    public static Optional<Prior> ofJsonName(String name) {
        return Arrays.stream(values()).filter(p -> p.jsonName.equals(name)).findFirst();
    }
}
