package io.github.caeimpact.model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Makes enum names and dates exactly as the published schemas write them: a JSON string, nothing
 * else, without surrounding white space.
 *
 * <p>Integers follow the JSON data model, as JSON Schema does: {@code 1972.0} and {@code 1.972e3}
 * are the integer 1972, while {@code 1972.5} is not an integer and is refused (Jackson would either
 * refuse all three or truncate the last).
 *
 * <p>Jackson on its own trims enum names ({@code " WOMAN"} reads as {@code WOMAN}) and dates,
 * and reads a date from an array {@code [2024, 1, 5]} or a number of days; a JSON Schema
 * validator refuses all of these, so the library does too.
 */
public final class StrictScalars {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    private StrictScalars() {
    }

    /**
     * Returns the Jackson module that makes enums and {@link LocalDate}s exact.
     *
     * @return a new module
     */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("cae-impact-strict-scalars");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactString(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == LocalDate.class) {
                    return new ExactString(deserializer);
                }
                return WHOLE_NUMBERS.contains(type) ? new WholeNumber(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** Lets only a JSON string without surrounding white space through to the wrapped reader. */
    private static final class ExactString extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        ExactString(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactString(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Class<?> type = _delegatee.handledType();
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(parser, type, "a " + name(type) + " is a JSON string, found "
                        + parser.currentToken());
            }
            String text = parser.getText();
            if (text.isEmpty() || !text.equals(text.strip())) {
                throw InvalidFormatException.from(parser, "'" + text + "' is not a valid " + name(type)
                        + ": empty, or white space around it", text, type);
            }
            if (type == LocalDate.class) {
                LocalDate date = plainDate(text);
                if (date != null) {
                    return date;
                }
            }
            return super.deserialize(parser, context);
        }

        private static String name(Class<?> type) {
            return type == null ? "value" : type.getSimpleName();
        }
    }

    /**
     * Reads a real date written {@code yyyy-MM-dd}, as the ISO formatter would, without it: the
     * formatter costs a tenth of reading a participant. Anything else (another form, a day the
     * month does not have) returns null, for the wrapped reader to read or refuse in its own words.
     *
     * @param text the text
     * @return the date, or null
     */
    static LocalDate plainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        // Not LocalDate.of's exception: a day past the month's end is the wrapped reader's to word.
        return day > java.time.YearMonth.of(year, month).lengthOfMonth() ? null : LocalDate.of(year, month, day);
    }

    /** The number written by the ASCII digits text[from, to), or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Reads a decimal without fraction, such as {@code 1972.0}, as the integer it is; refuses others. */
    private static final class WholeNumber extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        WholeNumber(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new WholeNumber(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return super.deserialize(parser, context);
            }
            Class<?> type = _delegatee.handledType();
            BigDecimal value = parser.getDecimalValue();
            try {
                BigDecimal whole = value.stripTrailingZeros();
                if (type == long.class || type == Long.class) {
                    return whole.longValueExact();
                }
                return whole.intValueExact();
            } catch (ArithmeticException notWhole) {
                throw InvalidFormatException.from(parser, "value " + value.toPlainString() + " is not a valid "
                        + (type == long.class || type == Long.class ? "long" : "int")
                        + ": not a whole number in range", value, type);
            }
        }
    }
}
