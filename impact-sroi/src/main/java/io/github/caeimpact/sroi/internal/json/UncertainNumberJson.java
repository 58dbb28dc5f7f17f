package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a map's numbers: a number as Jackson reads it, or, at a numeric parameter of the map, a
 * distribution object ({@link DistributionJson}), read as its point.
 */
final class UncertainNumberJson extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    UncertainNumberJson() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return DistributionJson.readPoint(p, ctxt, DistributionJson.pathOf(p));
        }
        return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
    }
}
