package io.github.caeimpact.model.validation.internal;

import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.validation.NonNegativeAmount;
import io.github.caeimpact.model.validation.SupportedDate;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
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
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Tells, without the validation provider, that a record certainly meets the Jakarta constraints
 * of its fields: most participants of a real file do, and the provider's reflective walk costs
 * more than reading them. A plan of plain checks is built once per record class from the same
 * annotations the provider reads (on fields and on list elements, cascading through
 * {@code @Valid}). It only answers "certainly valid" or "ask the provider": a class with a
 * constraint it does not know (a class-level constraint, an unknown annotation, a constraint in a
 * group, a constraint on a method) always asks, so the problems reported, with their messages, are
 * always the provider's. {@code QuickConstraintsTest} checks on damaged participants that what it
 * passes, the provider passes.
 */
final class QuickConstraints {

    /** A class whose constraints this checker cannot decide. */
    private static final Plan UNKNOWN = value -> false;

    private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

    /** The check of a value nothing constrains: such fields are not even read. */
    private static final Predicate<Object> ANYTHING = value -> true;

    private QuickConstraints() {
    }

    /** The checks of one class, applied to an instance of it. */
    @FunctionalInterface
    private interface Plan {
        boolean passes(Object value);
    }

    /**
     * Tells whether a value certainly meets every constraint the provider would check on it.
     *
     * @param value the value, not null
     * @return true if it does; false if it does not, or if this checker cannot tell
     */
    static boolean certainlyValid(Object value) {
        return PLANS.computeIfAbsent(value.getClass(), QuickConstraints::plan).passes(value);
    }

    private static Plan plan(Class<?> type) {
        if (!type.isRecord()) {
            return knownUnconstrained(type) ? value -> true : UNKNOWN;
        }
        if (hasConstraint(type.getAnnotations()) || constrainedMethods(type)) {
            return UNKNOWN;
        }
        List<Plan> checks = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("a record without the field of its component " + component.getName(), e);
            }
            field.setAccessible(true);
            Predicate<Object> check = checks(field.getAnnotations(), field.getType());
            Predicate<Object> elements = elementChecks(field.getAnnotatedType());
            if (check == null || elements == null) {
                return UNKNOWN;
            }
            if (check == ANYTHING && elements == ANYTHING) {
                continue;
            }
            checks.add(value -> {
                Object fieldValue = read(field, value);
                return check.test(fieldValue) && elements.test(fieldValue);
            });
        }
        return value -> {
            for (Plan check : checks) {
                if (!check.passes(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Values the provider does not walk into: plain JDK values and enums. */
    private static boolean knownUnconstrained(Class<?> type) {
        return type.isEnum() || type.getName().startsWith("java.");
    }

    /**
     * True if a method other than a record accessor (which carries its field's annotations)
     * declares a constraint: the provider checks getters, this checker does not.
     */
    private static boolean constrainedMethods(Class<?> type) {
        java.util.Set<String> accessors = new java.util.HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.add(component.getName());
        }
        for (Method method : type.getDeclaredMethods()) {
            boolean accessor = method.getParameterCount() == 0 && accessors.contains(method.getName());
            if (!accessor && hasConstraint(method.getAnnotations())) {
                return true;
            }
        }
        for (Class<?> parent : type.getInterfaces()) {
            for (Method method : parent.getMethods()) {
                if (hasConstraint(method.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Valid || annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                return true;
            }
        }
        return false;
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** The checks of a list's elements (its type's own annotations), or null when one is unknown. */
    private static Predicate<Object> elementChecks(AnnotatedType type) {
        if (!(type instanceof AnnotatedParameterizedType parameterized)) {
            return ANYTHING;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (arguments.length != 1 || !Collection.class.isAssignableFrom(raw(type))) {
            // A map's or another container's elements: the provider checks them, this checker does not.
            for (AnnotatedType argument : arguments) {
                if (constrainedAnywhere(argument)) {
                    return null;
                }
            }
            return ANYTHING;
        }
        Class<?> elementType = raw(arguments[0]);
        Predicate<Object> element = checks(arguments[0].getAnnotations(), elementType);
        if (element == null || arguments[0] instanceof AnnotatedParameterizedType && constrainedAnywhere(arguments[0])) {
            return null;
        }
        if (element == ANYTHING) {
            return ANYTHING;
        }
        return value -> {
            if (value == null) {
                return true;
            }
            for (Object item : (Collection<?>) value) {
                if (!element.test(item)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** True if a type or any of its type arguments, however deep, carries a constraint or {@code @Valid}. */
    private static boolean constrainedAnywhere(AnnotatedType type) {
        if (hasConstraint(type.getAnnotations())) {
            return true;
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                if (constrainedAnywhere(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> raw(AnnotatedType type) {
        java.lang.reflect.Type java = type.getType();
        if (java instanceof Class<?> plain) {
            return plain;
        }
        if (java instanceof java.lang.reflect.ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    /** The checks of a value's annotations, all together; null if one of them is not known here. */
    private static Predicate<Object> checks(Annotation[] annotations, Class<?> type) {
        List<Predicate<Object>> all = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Predicate<Object> check = check(annotation, type);
            if (check == null) {
                return null;
            }
            if (check != ANYTHING) {
                all.add(check);
            }
        }
        if (all.isEmpty()) {
            return ANYTHING;
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        List<Predicate<Object>> each = List.copyOf(all);
        return value -> {
            for (int i = 0, n = each.size(); i < n; i++) {
                if (!each.get(i).test(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The check of one annotation; null if it is a constraint not known here. */
    private static Predicate<Object> check(Annotation annotation, Class<?> type) {
        if (annotation instanceof Valid) {
            return value -> value == null || cascade(value);
        }
        if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
            // Jackson's and other annotations say nothing to the provider.
            return ANYTHING;
        }
        if (groups(annotation).length > 0) {
            return null;
        }
        if (annotation instanceof NotNull) {
            return value -> value != null;
        }
        if (annotation instanceof NotBlank) {
            // As the provider: blank is what String.trim() empties.
            return value -> value instanceof CharSequence text && !text.toString().trim().isEmpty();
        }
        if (annotation instanceof Pattern pattern) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            return value -> value == null || value instanceof CharSequence text && compiled.matcher(text).matches();
        }
        // Annotation values are read here, once: each call on an annotation is a reflective proxy call.
        if (annotation instanceof Size size) {
            int shortest = size.min();
            int longest = size.max();
            return value -> value == null || within(length(value), shortest, longest);
        }
        if (annotation instanceof Min min) {
            long lower = min.value();
            BigDecimal bound = BigDecimal.valueOf(lower);
            return number(type, value -> isLong(value) ? ((Number) value).longValue() >= lower : compare(value, bound) >= 0);
        }
        if (annotation instanceof Max max) {
            long upper = max.value();
            BigDecimal bound = BigDecimal.valueOf(upper);
            return number(type, value -> isLong(value) ? ((Number) value).longValue() <= upper : compare(value, bound) <= 0);
        }
        if (annotation instanceof DecimalMin min) {
            BigDecimal bound = new BigDecimal(min.value());
            boolean inclusive = min.inclusive();
            return number(type, value -> inclusive ? compare(value, bound) >= 0 : compare(value, bound) > 0);
        }
        if (annotation instanceof DecimalMax max) {
            BigDecimal bound = new BigDecimal(max.value());
            boolean inclusive = max.inclusive();
            return number(type, value -> inclusive ? compare(value, bound) <= 0 : compare(value, bound) < 0);
        }
        if (annotation instanceof PositiveOrZero) {
            return number(type, value -> isLong(value) ? ((Number) value).longValue() >= 0 : compare(value, BigDecimal.ZERO) >= 0);
        }
        if (annotation instanceof NonNegativeAmount) {
            return value -> value == null || value instanceof Money money && !money.isNegative();
        }
        if (annotation instanceof SupportedDate) {
            return value -> value == null || value instanceof LocalDate date && SupportedDateValidator.isSupported(date);
        }
        return null;
    }

    private static Class<?>[] groups(Annotation annotation) {
        try {
            return (Class<?>[]) annotation.annotationType().getMethod("groups").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a constraint without groups(): " + annotation, e);
        }
    }

    private static boolean cascade(Object value) {
        if (value instanceof Map<?, ?> || value.getClass().isArray() || value instanceof java.util.Optional<?>) {
            // The provider walks into these too; not done here.
            return false;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item != null && !certainlyValid(item)) {
                    return false;
                }
            }
            return true;
        }
        return certainlyValid(value);
    }

    /** A numeric check for the types whose comparison is exact here; null (unknown) for others. */
    private static Predicate<Object> number(Class<?> type, Predicate<Object> test) {
        boolean exact = type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigDecimal.class || type == BigInteger.class;
        return exact ? value -> value == null || test.test(value) : null;
    }

    /** True for the boxed integral types whose every value a long holds exactly. */
    private static boolean isLong(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    private static int compare(Object value, BigDecimal bound) {
        BigDecimal number = value instanceof BigDecimal decimal ? decimal
                : value instanceof BigInteger integer ? new BigDecimal(integer)
                : BigDecimal.valueOf(((Number) value).longValue());
        return number.compareTo(bound);
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return -1;
    }

    private static boolean within(int length, int min, int max) {
        return length >= min && length <= max;
    }
}
