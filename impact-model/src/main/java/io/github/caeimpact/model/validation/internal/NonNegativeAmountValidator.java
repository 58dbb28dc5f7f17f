package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.validation.NonNegativeAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonNegativeAmount}; public only because validation providers instantiate it. */
public final class NonNegativeAmountValidator implements ConstraintValidator<NonNegativeAmount, Money> {

    /** Creates the validator; called by the validation provider. */
    public NonNegativeAmountValidator() {
        // Stateless.
    }

    /**
     * Tells whether the amount is absent or zero or more.
     *
     * @param value the amount, possibly null
     * @param context the validation context
     * @return true unless the amount is negative
     */
    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || !value.isNegative();
    }
}
