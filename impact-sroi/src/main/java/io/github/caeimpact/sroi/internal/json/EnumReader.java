package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an enum by its exact constant name; an unknown name fails with the accepted values, such as
 * {@code value 'assumption' is not one of MEASURED, SURVEY, ESTIMATE, ASSUMPTION}, so that a user
 * sees the fix in the message.
 */
final class EnumReader extends JsonDeserializer<Object> {

    private final Class<?> type;
    private final Map<String, Object> byName = new LinkedHashMap<>();
    private final String accepted;

    EnumReader(Class<?> type) {
        this.type = type;
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
        this.accepted = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(type, "a value of %s must be one of %s, was %s", type.getSimpleName(),
                    accepted, p.currentToken());
        }
        String text = p.getText();
        Object constant = byName.get(text);
        if (constant == null) {
            String message = "value '" + text + "' is not one of " + accepted;
            throw ValueInstantiationException.from(p, message, ctxt.constructType(type),
                    new IllegalArgumentException(message));
        }
        return constant;
    }

    /** Puts this reader in place of Jackson's for every enum. */
    static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new EnumReader(type.getRawClass());
        }
    }
}
