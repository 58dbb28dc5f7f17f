package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON form of an outcome's attribution: one number, or a list of numbers (one per other actor).
 */
public final class AttributionJson {

    private AttributionJson() {
    }

    /** Reads one number or a list of numbers; a wrong shape fails with the path of the element. */
    public static final class Reader extends JsonDeserializer<List<BigDecimal>> {
        /** Creates the reader. */
        public Reader() {
        }

        @Override
        public List<BigDecimal> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (isNumber(token)) {
                return List.of(p.getDecimalValue());
            }
            if (token == JsonToken.START_OBJECT) {
                return List.of(DistributionJson.readPoint(p, ctxt, DistributionJson.pathOf(p)));
            }
            if (token != JsonToken.START_ARRAY) {
                return ctxt.reportInputMismatch(BigDecimal.class,
                        "attribution must be a number, a distribution or a list of them, was %s", token);
            }
            List<BigDecimal> shares = new ArrayList<>();
            int index = 0;
            for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
                if (element == JsonToken.START_OBJECT) {
                    String path = DistributionJson.pathOf(p);
                    try {
                        shares.add(DistributionJson.readPoint(p, ctxt, path));
                    } catch (JsonMappingException e) {
                        throw JsonMappingException.wrapWithPath(e, shares, index);
                    }
                    index++;
                    continue;
                }
                if (!isNumber(element)) {
                    JsonMappingException failure = ctxt.instantiationException(BigDecimal.class,
                            "attribution[" + index + "] must be a number, was " + element);
                    throw JsonMappingException.wrapWithPath(failure, shares, index);
                }
                shares.add(p.getDecimalValue());
                index++;
            }
            return List.copyOf(shares);
        }

        private static boolean isNumber(JsonToken token) {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }
    }

    /** Writes one share as a number, several as a list. */
    public static final class Writer extends JsonSerializer<List<BigDecimal>> {
        /** Creates the writer. */
        public Writer() {
        }

        @Override
        public void serialize(List<BigDecimal> value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            if (value.size() == 1) {
                gen.writeNumber(value.get(0));
                return;
            }
            gen.writeStartArray();
            for (BigDecimal share : value) {
                gen.writeNumber(share);
            }
            gen.writeEndArray();
        }
    }
}
