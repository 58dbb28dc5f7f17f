package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many units of an outcome occur each year: a number, or an indicator value bound when the
 * map is evaluated.
 *
 * <p>In JSON: {@code 12.5} or {@code {"indicator": "EXI01"}}.
 */
@JsonClassDescription("The number of units per year: a number, or {\"indicator\": id} for the value of a catalogue "
        + "indicator bound at evaluation, or a distribution.")
public sealed interface Quantity permits Quantity.Fixed, Quantity.Bound {

    /**
     * A quantity written in the map.
     *
     * @param value the number of units per year
     */
    record Fixed(BigDecimal value) implements Quantity {
        /**
         * Checks the value.
         *
         * @param value not null
         */
        public Fixed {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A quantity taken from {@link QuantityBindings} at evaluation time.
     *
     * @param indicator the catalogue id of the indicator, such as {@code "EXI01"}
     */
    record Bound(@NotBlank String indicator) implements Quantity {
        /**
         * Checks the id.
         *
         * @param indicator not null
         */
        public Bound {
            Objects.requireNonNull(indicator, "indicator");
        }
    }

    /**
     * Returns a fixed quantity.
     *
     * @param value the number of units per year
     * @return the quantity
     */
    static Quantity of(BigDecimal value) {
        return new Fixed(value);
    }

    /**
     * Returns a quantity bound to an indicator.
     *
     * @param indicator the indicator id
     * @return the quantity
     */
    static Quantity bound(String indicator) {
        return new Bound(indicator);
    }
}
