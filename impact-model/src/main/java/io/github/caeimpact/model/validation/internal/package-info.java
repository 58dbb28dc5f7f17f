/** Implementation of the validation rules; not part of the API. */
package io.github.caeimpact.model.validation.internal;
