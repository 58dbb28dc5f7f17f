/**
 * The JSON wiring of impact maps, one Jackson module
 * ({@link io.github.caeimpact.sroi.internal.json.SroiJsonModule}) with the readers and writers of
 * the polymorphic fields. Not part of the API; may change without notice.
 */
package io.github.caeimpact.sroi.internal.json;
