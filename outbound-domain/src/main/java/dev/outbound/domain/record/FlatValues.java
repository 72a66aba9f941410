package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value types a flat {@code GSW_*} key-value map may hold, and their normal form: text as {@link String},
 * whole numbers as {@link Long}, other numbers as {@link BigDecimal}, and {@link Boolean}. Normal values compare
 * equal however they arrived (an {@code Integer 3} and a {@code Long 3} are both {@code 3L}).
 */
public final class FlatValues {
    private FlatValues() {}

    /** The normal form of one value; fails with {@link ErrorCode#INVALID_RECORD} for any other type. */
    public static Object normalize(String key, Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return new BigDecimal(value.toString());
        }
        throw new OutboundException(ErrorCode.INVALID_RECORD, key + " holds a value of type "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + "; a record value must be text, a number or true/false");
    }

    /**
     * An unmodifiable copy sorted by key, with every value normalized and null values left out. A map this method
     * returned is returned as it is.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> normalizeAll(Map<String, ?> values) {
        if (NormalizedValues.isNormalized(values)) {
            return (Map<String, Object>) values;
        }
        TreeMap<String, Object> normal = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new OutboundException(ErrorCode.INVALID_RECORD, "a record key must not be empty");
            }
            if (value != null) {
                normal.put(key, normalize(key, value));
            }
        });
        return new NormalizedValues(normal);
    }

    /** Reads a whole number: a Long (or any integral number) or decimal digits in text. */
    static long wholeNumber(Map<String, ?> flat, String key) {
        Object value = flat.get(key);
        if (value == null) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, "a record needs " + key + " (a whole number)");
        }
        Object normal = normalize(key, value);
        if (normal instanceof Long number) {
            return number;
        }
        if (normal instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException notWhole) {
                // reported below
            }
        }
        if (normal instanceof String text && text.matches("-?[0-9]{1,18}")) {
            return Long.parseLong(text);
        }
        throw new OutboundException(ErrorCode.INVALID_RECORD, key + " must be a whole number; was " + value);
    }

    /** Reads text; numbers are not text. */
    static String text(Map<String, ?> flat, String key) {
        Object value = flat.get(key);
        if (!(value instanceof String text)) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, "a record needs " + key + " as text; was "
                    + (value == null ? "missing" : value));
        }
        return text;
    }
}
