/** Implementation of the dataset reader; not part of the API. */
package io.github.caeimpact.model.json.internal;
