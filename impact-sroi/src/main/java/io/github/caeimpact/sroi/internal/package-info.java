/**
 * Implementation of the SROI module: JSON readers and writers of polymorphic fields, map
 * validation, the compiled evaluation plan. Not part of the API; may change without notice.
 */
package io.github.caeimpact.sroi.internal;
