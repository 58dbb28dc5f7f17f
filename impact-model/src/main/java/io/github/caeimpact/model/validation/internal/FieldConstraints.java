package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.validation.NonNegativeAmount;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the Jakarta Validation constraints of the model and turns each violation into a
 * {@link Problem} with a JSON path and a rule code.
 */
public final class FieldConstraints {

    private static final int SHOWN_VALUE_LENGTH = 60;

    private static final Map<Class<? extends Annotation>, String> CODES = Map.ofEntries(
            Map.entry(NotNull.class, RuleCodes.FIELD_REQUIRED),
            Map.entry(NotBlank.class, RuleCodes.FIELD_BLANK),
            Map.entry(Pattern.class, RuleCodes.FIELD_PATTERN),
            Map.entry(Min.class, RuleCodes.FIELD_OUT_OF_RANGE),
            Map.entry(Max.class, RuleCodes.FIELD_OUT_OF_RANGE),
            Map.entry(DecimalMin.class, RuleCodes.FIELD_OUT_OF_RANGE),
            Map.entry(DecimalMax.class, RuleCodes.FIELD_OUT_OF_RANGE),
            Map.entry(PositiveOrZero.class, RuleCodes.FIELD_OUT_OF_RANGE),
            Map.entry(Size.class, RuleCodes.FIELD_TOO_LONG),
            Map.entry(NonNegativeAmount.class, RuleCodes.AMOUNT_NEGATIVE),
            Map.entry(SupportedDate.class, RuleCodes.DATE_OUT_OF_RANGE));

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::code).thenComparing(Problem::message);

    private FieldConstraints() {
    }

    /**
     * Checks the field constraints of a value.
     *
     * @param value the record to check, not null
     * @param path the JSON path of the value, such as {@code $.participants[3]}
     * @return the problems, sorted by path then code (validation providers report in no order)
     */
    public static List<Problem> check(Object value, String path) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
        // Most records meet their constraints: a plain check says so at a fraction of the provider's cost.
        if (QuickConstraints.certainlyValid(value)) {
            return List.of();
        }
        return provider(value, path);
    }

    /**
     * Checks the field constraints of a value with the validation provider alone.
     *
     * @param value the record to check, not null
     * @param path the JSON path of the value
     * @return the problems, sorted by path then code
     */
    static List<Problem> provider(Object value, String path) {
        return Holder.VALIDATOR.validate(value).stream().map(v -> problemOf(v, path)).sorted(ORDER).toList();
    }

    private static Problem problemOf(ConstraintViolation<?> violation, String prefix) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Object invalid = violation.getInvalidValue();
        String code = CODES.getOrDefault(type, RuleCodes.FIELD_INVALID);
        if (type == NotBlank.class && invalid == null) {
            code = RuleCodes.FIELD_REQUIRED;
        }
        String message = invalid == null ? violation.getMessage()
                : violation.getMessage() + ", was " + shown(invalid);
        return Problem.error(pathOf(prefix, violation.getPropertyPath()), code, message);
    }

    /**
     * Renders a Jakarta property path under a JSON path prefix: {@code activity[0].turnover}
     * under {@code $.participants[3]} gives {@code $.participants[3].activity[0].turnover}.
     */
    static String pathOf(String prefix, Path path) {
        StringBuilder text = new StringBuilder(prefix);
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                text.append('.').append(node.getName());
            }
        }
        return text.toString();
    }

    private static String shown(Object value) {
        // A decimal such as 1E+999999999 is shown in scientific notation rather than spelled out.
        String text = value instanceof java.math.BigDecimal number && Math.abs((long) number.scale()) <= SHOWN_VALUE_LENGTH
                ? number.toPlainString() : String.valueOf(value);
        if (text.length() > SHOWN_VALUE_LENGTH) {
            text = text.substring(0, SHOWN_VALUE_LENGTH) + "...";
        }
        return value instanceof CharSequence ? "'" + text + "'" : text;
    }

    /** Builds the validator once, on first use: building it scans the model and costs. */
    private static final class Holder {
        /**
         * The logger of Hibernate Validator's version line ("HV000001: Hibernate Validator ...",
         * level INFO), held so that its level stays set: a library must not write to its user's
         * standard error when it starts. Only lowered when the user has not set a level.
         */
        static final Logger VERSION_LOG = Logger.getLogger("org.hibernate.validator.internal.util.Version");
        static final Validator VALIDATOR = build();

        private static Validator build() {
            if (VERSION_LOG.getLevel() == null) {
                VERSION_LOG.setLevel(Level.WARNING);
            }
            // Any Jakarta Validation provider (Hibernate Validator at run time); messages in
            // English whatever the machine's locale, so that reports are reproducible.
            Configuration<?> configuration = Validation.byDefaultProvider().configure();
            MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
            ValidatorFactory factory = configuration.messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return interpolator.interpolate(template, context, Locale.ROOT);
                }

                @Override
                public String interpolate(String template, Context context, Locale locale) {
                    return interpolator.interpolate(template, context, Locale.ROOT);
                }
            }).buildValidatorFactory();
            return factory.getValidator();
        }
    }
}
