/**
 * The strict JSON configuration shared by every reader and writer of the library, and the size
 * limits it enforces.
 */
package io.github.caeimpact.model.json;
