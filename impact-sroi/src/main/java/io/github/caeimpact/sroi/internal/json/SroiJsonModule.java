package io.github.caeimpact.sroi.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.Distribution;
import io.github.caeimpact.sroi.map.ImpactMap;
import io.github.caeimpact.sroi.map.Outcome;
import io.github.caeimpact.sroi.map.ParameterId;
import io.github.caeimpact.sroi.map.ProxySpec;
import io.github.caeimpact.sroi.map.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON wiring of impact maps, as one Jackson module: the shapes of {@link Quantity} (a number or
 * {@code {"indicator": id}}), {@link ProxySpec} (inline or {@code {"ref": id}}) and an outcome's
 * attribution (one number or a list), the names of the discounting schemes, enums read by exact
 * name with the accepted values in the error, and distributions in place of numbers
 * ({@link DistributionJson}). Registered by the readers and writers of the module, so that
 * the API types carry no annotation pointing here.
 */
public final class SroiJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every serializer, deserializer and mix-in of the map format. */
    public SroiJsonModule() {
        super("cae-impact-sroi");
        addSerializer(Quantity.class, new QuantityJson.Writer());
        addDeserializer(Quantity.class, new QuantityJson.Reader());
        addSerializer(ProxySpec.class, new ProxySpecJson.Writer());
        addDeserializer(ProxySpec.class, new ProxySpecJson.Reader());
        setMixInAnnotation(Outcome.class, OutcomeMixIn.class);
        // The schemes are the permitted subtypes, each named by its @JsonTypeName: one list, the type's own.
        registerSubtypes(Discounting.class.getPermittedSubclasses());
        setDeserializerModifier(new EnumReader.Modifier());
        addDeserializer(BigDecimal.class, new UncertainNumberJson());
        setMixInAnnotation(ImpactMap.class, ImpactMapMixIn.class);
    }

    /** Distributions are written in place of their numbers (see {@code ImpactMaps}), not as a field. */
    abstract static class ImpactMapMixIn {
        @JsonIgnore
        abstract Map<ParameterId, Distribution> distributions();
    }

    /** Attaches the attribution shape to the one property that has it (schedules keep plain lists). */
    abstract static class OutcomeMixIn {
        @JsonSerialize(using = AttributionJson.Writer.class)
        @JsonDeserialize(using = AttributionJson.Reader.class)
        abstract List<BigDecimal> attribution();
    }
}
