package io.github.caeimpact.model.validation;

import io.github.caeimpact.model.validation.internal.SupportedDateValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * Jakarta Validation constraint: the annotated date lies between {@link #EARLIEST} and
 * {@link #LATEST}, inclusive. A null date passes (combine with {@code @NotNull} where the date is
 * required). A date outside is reported as {@link RuleCodes#DATE_OUT_OF_RANGE}.
 *
 * <p>The range covers every date a CAE dataset can hold (the first cooperatives of activities
 * and employment date from 1995; birth years are bounded separately) with a wide margin, and keeps
 * date arithmetic of the rules (months added, days between) far from the limits of
 * {@link LocalDate}.
 */
// The validator stays internal: Hibernate Validator instantiates it reflectively through the opened package.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = SupportedDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SupportedDate {

    /** The earliest date accepted: 1 January 1900. */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest date accepted: 31 December 2100. */
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /**
     * Returns the message reported when the date is out of range.
     *
     * @return the message template
     */
    String message() default "must be between 1900-01-01 and 2100-12-31";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
