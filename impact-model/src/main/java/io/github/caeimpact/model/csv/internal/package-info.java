/** The CSV reading and writing machinery; not an API. */
package io.github.caeimpact.model.csv.internal;
