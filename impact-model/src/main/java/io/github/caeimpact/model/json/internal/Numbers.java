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
        check(node, new StringBuilder(path), maxLength, problems);
    }

    /** Walks the tree keeping its path in one builder: a path is written out only for a problem. */
    private static void check(JsonNode node, StringBuilder path, int maxLength, List<Problem> problems) {
        if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            long integerDigits = Math.max((long) value.precision() - value.scale(), 1L);
            long fractionDigits = Math.max(value.scale(), 0);
            if (integerDigits + fractionDigits > maxLength) {
                problems.add(Problem.error(path.toString(), RuleCodes.JSON_LIMIT_EXCEEDED, "number " + value
                        + " has more than " + maxLength + " digits when written out"));
            }
        } else if (node.isArray()) {
            int length = path.length();
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path.append('[').append(i).append(']'), maxLength, problems);
                path.setLength(length);
            }
        } else if (node.isObject()) {
            int length = path.length();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                check(field.getValue(), path.append('.').append(field.getKey()), maxLength, problems);
                path.setLength(length);
            }
        }
    }
}
