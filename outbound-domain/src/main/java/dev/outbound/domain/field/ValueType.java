package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.Locale;

/** The JSON type a field's new value must have in {@code updateRecordFields} ({@code valueType}). */
public enum ValueType {
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** A JSON {@code true} or {@code false}. */
    BOOLEAN;

    /** The name used on the wire: {@code string}, {@code number} or {@code boolean}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with that wire name; fails with {@link ErrorCode#INVALID_VALUE} naming the allowed names. */
    public static ValueType fromWireName(String wireName) {
        for (ValueType type : values()) {
            if (type.wireName().equals(wireName)) {
                return type;
            }
        }
        throw new OutboundException(ErrorCode.INVALID_VALUE, "valueType must be one of string, number, boolean, was "
                + (wireName == null ? "null" : "\"" + wireName + "\""));
    }
}
