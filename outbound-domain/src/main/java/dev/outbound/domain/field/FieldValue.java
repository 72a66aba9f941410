package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A new field value exactly as it arrives in an {@code updateRecordFields} request: a JSON string, number,
 * boolean or {@code null}. Nothing is interpreted yet; the {@link FieldCatalog} checks it against the field.
 */
public sealed interface FieldValue permits FieldValue.Text, FieldValue.Numeric, FieldValue.Bool, FieldValue.Null {

    /** The JSON type of this value; empty for {@link Null}, which has no type and matches none. */
    Optional<ValueType> valueType();

    /**
     * Whether this value would empty a field: {@code null}, or a string with nothing visible in it (empty, or only
     * white space, such as U+00A0 no-break space, and invisible format characters, such as U+200B zero-width
     * space).
     */
    boolean isEmpty();

    /** The value written as a JSON literal ({@code "10.15"}, {@code 9}, {@code true}, {@code null}), for messages. */
    String asJson();

    /** A JSON string. */
    record Text(String value) implements FieldValue {
        public Text {
            Require.present(value, "a text field value");
        }

        @Override
        public Optional<ValueType> valueType() {
            return Optional.of(ValueType.STRING);
        }

        @Override
        public boolean isEmpty() {
            for (int i = 0; i < value.length(); ) {
                int codePoint = value.codePointAt(i);
                if (!isInvisible(codePoint)) {
                    return false;
                }
                i += Character.charCount(codePoint);
            }
            return true;
        }

        private static boolean isInvisible(int codePoint) {
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || Character.getType(codePoint) == Character.FORMAT;
        }

        @Override
        public String asJson() {
            StringBuilder json = new StringBuilder(value.length() + 2).append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            return json.append('"').toString();
        }
    }

    /** A JSON number, kept exact. */
    record Numeric(BigDecimal value) implements FieldValue {
        public Numeric {
            Require.present(value, "a number field value");
        }

        @Override
        public Optional<ValueType> valueType() {
            return Optional.of(ValueType.NUMBER);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        /** {@link BigDecimal#toString()}: plain for everyday numbers, with an exponent for huge or tiny ones. */
        @Override
        public String asJson() {
            return value.toString();
        }
    }

    /** A JSON {@code true} or {@code false}. */
    record Bool(boolean value) implements FieldValue {
        @Override
        public Optional<ValueType> valueType() {
            return Optional.of(ValueType.BOOLEAN);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String asJson() {
            return Boolean.toString(value);
        }
    }

    /** A JSON {@code null}: a request to empty the field. */
    record Null() implements FieldValue {
        @Override
        public Optional<ValueType> valueType() {
            return Optional.empty();
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public String asJson() {
            return "null";
        }
    }

    /** A JSON string value. */
    static FieldValue text(String value) {
        return new Text(value);
    }

    /** A JSON number value. */
    static FieldValue number(long value) {
        return new Numeric(BigDecimal.valueOf(value));
    }

    /** The value of a decoded JSON value: a {@link String}, any {@link Number}, a {@link Boolean} or null. */
    static FieldValue of(Object value) {
        if (value == null) {
            return new Null();
        }
        if (value instanceof FieldValue already) {
            return already;
        }
        if (value instanceof String text) {
            return new Text(text);
        }
        if (value instanceof Boolean bool) {
            return new Bool(bool);
        }
        if (value instanceof Number number) {
            return Decimals.exact(number).<FieldValue>map(Numeric::new).orElseThrow(() -> new OutboundException(
                    ErrorCode.INVALID_VALUE, "a field value must be a finite number, was " + number));
        }
        throw new OutboundException(ErrorCode.INVALID_VALUE,
                "a field value must be a string, a number, a boolean or null, was a "
                        + value.getClass().getSimpleName());
    }

    /** Each value of a decoded JSON object as a field value, in the object's order (see {@link #of(Object)}). */
    static Map<String, FieldValue> allOf(Map<String, ?> values) {
        Require.present(values, "the field values");
        Map<String, FieldValue> converted = new LinkedHashMap<>();
        values.forEach((name, value) -> converted.put(name, of(value)));
        return Collections.unmodifiableMap(converted);
    }
}
