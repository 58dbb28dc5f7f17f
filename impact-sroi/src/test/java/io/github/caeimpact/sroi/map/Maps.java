package io.github.caeimpact.sroi.map;

import io.github.caeimpact.sroi.proxy.FinancialProxy;
import java.math.BigDecimal;
import java.util.List;

/** Small hand-made maps for the tests. */
public final class Maps {

    private Maps() {
    }

    public static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** An outcome with an inline proxy dated 2025 and no leakage. */
    public static Outcome outcome(String id, String stakeholder, String quantity, String proxy, String duration,
            String deadweight, String displacement, List<String> attribution, String dropOff) {
        return new Outcome(id, stakeholder, null, "outcome " + id, null, null, null, Quantity.of(d(quantity)),
                ProxySpec.inline(FinancialProxy.of(d(proxy), "EUR per unit", 2025, "test proxy")), d(duration), null,
                d(deadweight), d(displacement), attribution.stream().map(BigDecimal::new).toList(), d(dropOff), null,
                Evidence.MEASURED, null, null);
    }

    /** A forecast map for 2025 with stakeholders A and B, one input of the given amount. */
    public static ImpactMap map(Discounting discounting, String input, Outcome... outcomes) {
        return ImpactMap.forecast("test", 2025, discounting,
                List.of(Stakeholder.of("A", "stakeholder A"), Stakeholder.of("B", "stakeholder B")),
                List.of(Input.fromFunder("funder", "grant", d(input))), List.of(outcomes));
    }
}
