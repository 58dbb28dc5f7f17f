package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.caeimpact.sroi.map.Quantity;
import java.io.IOException;

/**
 * JSON form of {@link Quantity}: a number, or {@code {"indicator": "ID"}}.
 */
public final class QuantityJson {

    private QuantityJson() {
    }

    /** Reads a quantity; a wrong shape fails with the path of the field. */
    public static final class Reader extends JsonDeserializer<Quantity> {
        /** Creates the reader. */
        public Reader() {
        }

        @Override
        public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return Quantity.of(p.getDecimalValue());
            }
            if (token == JsonToken.START_OBJECT) {
                String path = DistributionJson.pathOf(p);
                JsonNode node = ctxt.readTree(p);
                if (node.has("distribution") || node.has("prior")) {
                    return Quantity.of(DistributionJson.readPoint(node, ctxt, path));
                }
                return Quantity.bound(JsonShapes.singleStringField(node, ctxt, Quantity.class, "indicator"));
            }
            return ctxt.reportInputMismatch(Quantity.class,
                    "quantity must be a number or {\"indicator\": \"ID\"} or a distribution, was %s", token);
        }
    }

    /** Writes a quantity in the shape it was read. */
    public static final class Writer extends JsonSerializer<Quantity> {
        /** Creates the writer. */
        public Writer() {
        }

        @Override
        public void serialize(Quantity value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value instanceof Quantity.Fixed fixed) {
                gen.writeNumber(fixed.value());
            } else if (value instanceof Quantity.Bound bound) {
                gen.writeStartObject();
                gen.writeStringField("indicator", bound.indicator());
                gen.writeEndObject();
            }
        }
    }
}
