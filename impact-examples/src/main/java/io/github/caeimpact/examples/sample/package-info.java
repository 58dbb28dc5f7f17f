/**
 * A synthetic cooperative for demonstrations: seeded, realistic in shape, and free of any real
 * person.
 */
package io.github.caeimpact.examples.sample;
