package io.github.caeimpact.sroi.map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.github.caeimpact.sroi.proxy.FinancialProxy;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * The financial proxy of an outcome: written inline, or a reference to the proxy library.
 *
 * <p>In JSON: {@code {"value": 646.52, "unit": "EUR per month", "baseYear": 2025, "source": "..."}}
 * or {@code {"ref": "RSA_MONTHLY_SINGLE"}}.
 */
@JsonClassDescription("The value of one unit: a proxy written inline, or {\"ref\": id} for the proxy library's latest "
        + "value whose base year is not after the analysis year.")
public sealed interface ProxySpec permits ProxySpec.Inline, ProxySpec.Ref {

    /**
     * A proxy written in the map.
     *
     * @param proxy the proxy
     */
    record Inline(FinancialProxy proxy) implements ProxySpec {
        /**
         * Checks the proxy.
         *
         * @param proxy not null
         */
        public Inline {
            Objects.requireNonNull(proxy, "proxy");
        }
    }

    /**
     * A reference to an entry of the proxy library, resolved to the latest value whose base year is
     * not after the analysis year.
     *
     * @param ref the library id, such as {@code "RSA_MONTHLY_SINGLE"}
     */
    record Ref(@NotBlank String ref) implements ProxySpec {
        /**
         * Checks the id.
         *
         * @param ref not null
         */
        public Ref {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /**
     * Returns an inline proxy.
     *
     * @param proxy the proxy
     * @return the spec
     */
    static ProxySpec inline(FinancialProxy proxy) {
        return new Inline(proxy);
    }

    /**
     * Returns a library reference.
     *
     * @param id the library id
     * @return the spec
     */
    static ProxySpec ref(String id) {
        return new Ref(id);
    }
}
