package io.github.caeimpact.model.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.RuleCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Finds decimals whose plain writing would be absurdly long, such as {@code 1e999999999}: the
 * parser's number length limit counts the characters as written, not as the plain decimal the
 * writer produces. Shared by every reader ({@code StrictJson.read} and the dataset reader) so
 * that no such number reaches arithmetic.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Adds a problem for every decimal of a tree longer than {@code maxLength} digits when plain.
     *
     * @param node the tree
     * @param path the JSON path of the tree
     * @param maxLength the longest plain number accepted, in digits
     * @param problems where to add the problems
     */
    public static void check(JsonNode node, String path, int maxLength, List<Problem> problems) {
        if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            long integerDigits = Math.max((long) value.precision() - value.scale(), 1L);
            long fractionDigits = Math.max(value.scale(), 0);
            if (integerDigits + fractionDigits > maxLength) {
                problems.add(Problem.error(path, RuleCodes.JSON_LIMIT_EXCEEDED, "number " + value
                        + " has more than " + maxLength + " digits when written out"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", maxLength, problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                check(field.getValue(), path + "." + field.getKey(), maxLength, problems);
            }
        }
    }
}
