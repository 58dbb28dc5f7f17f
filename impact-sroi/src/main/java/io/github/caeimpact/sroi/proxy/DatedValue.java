package io.github.caeimpact.sroi.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated value of a library proxy.
 *
 * @param value the value of one unit, in euros of the base year (or a plain rate)
 * @param baseYear the year whose prices the value expresses
 * @param validFrom the date the value took effect
 * @param source the law text, study or statistics series it comes from
 * @param note a remark (simplification, range), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatedValue(BigDecimal value, Integer baseYear, LocalDate validFrom, String source, String note) {
}
