/**
 * Reading and writing datasets in the CAE-IMPACT JSON format
 * ({@link io.github.caeimpact.model.json.ImpactJson}: strict, lenient and participant-by-participant
 * reads, deterministic writes), and the size limits shared by every reader of the library
 * ({@link io.github.caeimpact.model.json.JsonLimits}). The format's JSON Schema (draft 2020-12) is
 * published on the class path as {@code io/github/caeimpact/model/dataset.schema.json}.
 */
package io.github.caeimpact.model.json;
