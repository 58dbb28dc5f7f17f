package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import java.io.IOException;

/**
 * JSON form of {@link ProxySpec}: {@code {"ref": "ID"}} or the fields of a {@link FinancialProxy}.
 */
public final class ProxySpecJson {

    private ProxySpecJson() {
    }

    /** Reads a proxy; decides on the first field name, so the parser keeps reporting paths. */
    public static final class Reader extends JsonDeserializer<ProxySpec> {
        /** Creates the reader. */
        public Reader() {
        }

        @Override
        public ProxySpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(ProxySpec.class,
                        "proxy must be an object: {\"ref\": \"ID\"} or {\"value\", \"unit\", \"baseYear\", \"source\"}, was %s",
                        p.currentToken());
            }
            JsonToken first = p.nextToken();
            if (first == JsonToken.FIELD_NAME && "ref".equals(p.currentName())) {
                return ProxySpec.ref(JsonShapes.readSingleStringField(p, ctxt, ProxySpec.class, "ref"));
            }
            // The bean deserializer accepts being called on the first FIELD_NAME of an object.
            FinancialProxy proxy = ctxt.readValue(p, FinancialProxy.class);
            return ProxySpec.inline(proxy);
        }
    }

    /** Writes a proxy in the shape it was read. */
    public static final class Writer extends JsonSerializer<ProxySpec> {
        /** Creates the writer. */
        public Writer() {
        }

        @Override
        public void serialize(ProxySpec value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value instanceof ProxySpec.Ref ref) {
                gen.writeStartObject();
                gen.writeStringField("ref", ref.ref());
                gen.writeEndObject();
            } else if (value instanceof ProxySpec.Inline inline) {
                serializers.defaultSerializeValue(inline.proxy(), gen);
            }
        }
    }
}
