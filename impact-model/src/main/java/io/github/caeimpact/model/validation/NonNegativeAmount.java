package io.github.caeimpact.model.validation;

import io.github.caeimpact.model.validation.internal.NonNegativeAmountValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jakarta Validation constraint: the annotated {@link io.github.caeimpact.model.Money} is zero or
 * more. A null amount passes (combine with {@code @NotNull} where the amount is required).
 */
// The validator stays internal: Hibernate Validator instantiates it reflectively through the opened package.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = NonNegativeAmountValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegativeAmount {

    /**
     * Returns the message reported when the amount is negative.
     *
     * @return the message template
     */
    String message() default "must not be a negative amount";

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
