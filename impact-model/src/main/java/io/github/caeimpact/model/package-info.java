/**
 * The CAE-IMPACT domain model: organisations, pseudonymous participants and their pathways, yearly
 * activity, survey answers and funding, gathered in a dataset, with the value types they share
 * ({@link io.github.caeimpact.model.Money}, {@link io.github.caeimpact.model.Share},
 * {@link io.github.caeimpact.model.Period}).
 *
 * <p>Every type here is an immutable value; nothing here identifies a person.
 */
package io.github.caeimpact.model;
