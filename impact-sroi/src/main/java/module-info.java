/**
 * Social Return on Investment: impact maps as data, the dated proxy library and price index, the
 * exact valuation engine with its audit trail, sensitivity, break-even and Monte Carlo, and the
 * impact map as a spreadsheet.
 */
module io.github.caeimpact.sroi {
    requires transitive io.github.caeimpact.indicators;
    requires org.apache.commons.numbers.rootfinder;
    requires org.apache.commons.rng.api;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.statistics.distribution;
    requires jakarta.validation;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;

    exports io.github.caeimpact.sroi;
    exports io.github.caeimpact.sroi.engine;
    exports io.github.caeimpact.sroi.map;
    exports io.github.caeimpact.sroi.proxy;
    exports io.github.caeimpact.sroi.result;
    exports io.github.caeimpact.sroi.rules;
    exports io.github.caeimpact.sroi.uncertainty;
    exports io.github.caeimpact.sroi.xlsx;

    // The shipped proxy library, price index, example map and schemas are resources of this package: open, any module reads them.
    opens io.github.caeimpact.sroi;
    opens io.github.caeimpact.sroi.map;
    opens io.github.caeimpact.sroi.proxy;
    opens io.github.caeimpact.sroi.result;
    opens io.github.caeimpact.sroi.uncertainty;
    opens io.github.caeimpact.sroi.internal to com.fasterxml.jackson.databind;
    opens io.github.caeimpact.sroi.internal.json to com.fasterxml.jackson.databind;
}
