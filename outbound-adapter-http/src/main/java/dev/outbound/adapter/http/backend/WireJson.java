package dev.outbound.adapter.http.backend;

import dev.outbound.adapter.http.json.MalformedJson;
import dev.outbound.adapter.http.json.StrictJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON of the backend protocol: the strict shared mapper ({@link StrictJson}),
 * and the conversion of flat record values between Java and JSON: text as strings, whole numbers as {@link Long},
 * other numbers as {@link BigDecimal}, booleans, and null (a field being emptied).
 */
public final class WireJson {
    /** The mapper both halves read and write with. */
    public static final JsonMapper MAPPER = StrictJson.MAPPER;
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private WireJson() {}

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new empty JSON array. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Reads a JSON object; fails with {@link WireFormatException} for anything else. */
    public static ObjectNode parseObject(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new WireFormatException("the body is not valid JSON: " + MalformedJson.explain(e));
        }
        if (node == null || !node.isObject()) {
            throw new WireFormatException("the body must be a JSON object; was " + describe(node));
        }
        return (ObjectNode) node;
    }

    /** A flat record value as JSON; fails for values a record cannot hold. */
    public static JsonNode toNode(String key, Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return NODES.numberNode(big.longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        throw new WireFormatException(key + " holds a value of type " + value.getClass().getSimpleName()
                + "; a record value must be text, a number, true/false or null");
    }

    /** A JSON value as a flat record value (null for JSON null); fails for arrays, objects and huge numbers. */
    public static Object toValue(String key, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new WireFormatException(key + " is a whole number too large for a record: " + node);
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        throw new WireFormatException(key + " must be text, a number, true/false or null; was " + describe(node));
    }

    /** The member {@code key} of an object; fails naming the key when it is missing or null. */
    public static JsonNode require(JsonNode object, String key) {
        JsonNode value = object == null ? null : object.get(key);
        if (value == null || value.isNull()) {
            throw new WireFormatException(key + " is required");
        }
        return value;
    }

    /** A required string member. */
    public static String text(JsonNode object, String key) {
        JsonNode value = require(object, key);
        if (!value.isString()) {
            throw new WireFormatException(key + " must be a string; was " + describe(value));
        }
        return value.stringValue();
    }

    /** A required whole-number member. */
    public static long wholeNumber(JsonNode object, String key) {
        JsonNode value = require(object, key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new WireFormatException(key + " must be a whole number; was " + describe(value));
        }
        return value.longValue();
    }

    /** A required array member. */
    public static ArrayNode array(JsonNode object, String key) {
        JsonNode value = require(object, key);
        if (!value.isArray()) {
            throw new WireFormatException(key + " must be an array; was " + describe(value));
        }
        return (ArrayNode) value;
    }

    /** A required object member. */
    public static ObjectNode object(JsonNode object, String key) {
        JsonNode value = require(object, key);
        if (!value.isObject()) {
            throw new WireFormatException(key + " must be an object; was " + describe(value));
        }
        return (ObjectNode) value;
    }

    /** A short description of a JSON value's type, for error messages. */
    public static String describe(JsonNode node) {
        return StrictJson.describe(node);
    }
}
