/**
 * Problems found in input and how they are reported: every problem carries a JSON path, a stable
 * rule code, a severity and a message, and readers collect them all before they give up.
 */
package io.github.caeimpact.model.validation;
