/**
 * Implementation of the SROI module: the bounds every number of a map keeps
 * ({@link io.github.caeimpact.sroi.internal.Limits}). Not part of the API; may change without notice.
 */
package io.github.caeimpact.sroi.internal;
