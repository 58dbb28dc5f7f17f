/**
 * The CAE-IMPACT domain: organisations, pseudonymous participants and their pathways, activity,
 * surveys and funding, with their strict JSON and CSV readers and the validation that names each
 * problem's field.
 *
 * <p>The domain packages are open: Hibernate Validator, a runtime-only dependency, reads the
 * records' fields reflectively, and Jackson binds them.
 */
module io.github.caeimpact.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires java.logging;

    exports io.github.caeimpact.model;
    exports io.github.caeimpact.model.csv;
    exports io.github.caeimpact.model.json;
    exports io.github.caeimpact.model.validation;

    opens io.github.caeimpact.model;
    opens io.github.caeimpact.model.csv;
    opens io.github.caeimpact.model.json;
    opens io.github.caeimpact.model.validation;
    opens io.github.caeimpact.model.csv.internal to com.fasterxml.jackson.databind;
    // The strict JSON configuration and the shipped-resource loader serve the library's own modules only.
    exports io.github.caeimpact.model.json.internal to io.github.caeimpact.indicators, io.github.caeimpact.sroi;
    opens io.github.caeimpact.model.json.internal to com.fasterxml.jackson.databind;
    opens io.github.caeimpact.model.validation.internal;
}
