package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link SupportedDate}; public only because validation providers instantiate it. */
public final class SupportedDateValidator implements ConstraintValidator<SupportedDate, LocalDate> {

    /** Creates the validator; called by the validation provider. */
    public SupportedDateValidator() {
        // Stateless.
    }

    /**
     * Tells whether a date is absent or within the supported range.
     *
     * @param value the date, possibly null
     * @param context the validation context
     * @return true unless the date is outside {@link SupportedDate#EARLIEST}..{@link SupportedDate#LATEST}
     */
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || isSupported(value);
    }

    /**
     * Tells whether a date lies in the supported range, so that the rules may do arithmetic on it.
     *
     * @param date the date, not null
     * @return true if between {@link SupportedDate#EARLIEST} and {@link SupportedDate#LATEST}
     */
    public static boolean isSupported(LocalDate date) {
        return !date.isBefore(SupportedDate.EARLIEST) && !date.isAfter(SupportedDate.LATEST);
    }
}
