package dev.outbound.adapter.http.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the HTTP adapters, strict about what it reads: no duplicate keys, bounded nesting, and
 * decimals read exactly (as {@link java.math.BigDecimal}, so that {@code 1.0000000000000001} is not rounded to 1
 * and {@code 1e400} is a number like any other rather than an infinite double).
 */
public final class StrictJson {
    /** Shared and immutable. */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJson() {}

    /** A short description of a JSON value's type (and a short value), for error messages. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            String text = node.stringValue();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            String number = node.toString();
            return "the number " + (number.length() > 40 ? number.substring(0, 40) + "..." : number);
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        return node.isArray() ? "an array" : "an object";
    }
}
