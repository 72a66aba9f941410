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
 * and {@code 1e400} is a number like any other rather than an infinite double). {@link MalformedJson} says in a
 * sentence why a body could not be read.
 */
public final class StrictJson {
    /** How deeply objects and arrays may be nested. */
    public static final int MAX_NESTING = 64;
    /** How many characters of a value an error message quotes; see {@link #excerpt}. */
    public static final int EXCERPT_LENGTH = 80;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).build();

    /** Shared and immutable. */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJson() {}

    /** The reader's limits (nesting, lengths of numbers, strings and keys). */
    static StreamReadConstraints constraints() {
        return CONSTRAINTS;
    }

    /** A short description of a JSON value's type (and a short value), for error messages. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "the string " + quote(node.stringValue());
        }
        if (node.isNumber()) {
            String number = node.toString();
            return "the number " + excerpt(number) + lengthIfCut(number);
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        return node.isArray() ? "an array" : "an object";
    }

    /**
     * Text in double quotes, as an error message may quote it: whole up to {@value #EXCERPT_LENGTH} characters,
     * else its first {@value #EXCERPT_LENGTH} and how long it was, such as {@code "xxxx..." (60000 characters)}, so
     * that a client sending a huge value does not get it back in full.
     */
    public static String quote(String text) {
        return "\"" + visible(excerpt(text)) + "\"" + lengthIfCut(text);
    }

    /** Control characters written as JSON escapes (a tab as backslash-t), so that a message shows them. */
    private static String visible(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            switch (c) {
                case '\t' -> shown.append("\\t");
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                default -> shown.append(Character.isISOControl(c)
                        ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c));
            }
        });
        return shown.toString();
    }

    /** Text cut to its first {@value #EXCERPT_LENGTH} characters and "..." when it is longer. */
    public static String excerpt(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        return text.substring(0, end) + "...";
    }

    private static String lengthIfCut(String text) {
        return text.length() > EXCERPT_LENGTH ? " (" + text.length() + " characters)" : "";
    }
}
