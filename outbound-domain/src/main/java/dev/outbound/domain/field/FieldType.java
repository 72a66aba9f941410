package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data type of a calling-list field, as {@code getRecordFields} reports it in {@code fieldType}, and the
 * {@link ValueType}s a field of that type may be updated with.
 */
public enum FieldType {
    /** A whole number in Java {@code int} range. */
    INT("int", EnumSet.of(ValueType.NUMBER, ValueType.STRING)),
    /** A decimal number. */
    FLOAT("float", EnumSet.of(ValueType.NUMBER, ValueType.STRING)),
    /** A single character. */
    CHAR("char", EnumSet.of(ValueType.STRING)),
    /** Text of bounded length. */
    VAR_CHAR("var-char", EnumSet.of(ValueType.STRING)),
    /** A date and time, {@code MM/DD/YYYY HH:MM}. */
    DATE("date", EnumSet.of(ValueType.STRING)),
    /** A time of day, {@code HH:MM}. */
    TIME("time", EnumSet.of(ValueType.STRING)),
    /** True or false. */
    BOOL("bool", EnumSet.of(ValueType.BOOLEAN, ValueType.STRING)),
    /** One key of a fixed set of options (key -> label), shown as a drop-down. */
    ENUM("enum", EnumSet.of(ValueType.NUMBER, ValueType.STRING));

    private final String wireName;
    private final Set<ValueType> valueTypes;

    FieldType(String wireName, Set<ValueType> valueTypes) {
        this.wireName = wireName;
        this.valueTypes = valueTypes;
    }

    /** The name used on the wire, e.g. {@code var-char}. */
    public String wireName() {
        return wireName;
    }

    /** Whether a field of this type may be configured (and updated) with that value type. */
    public boolean accepts(ValueType valueType) {
        return valueTypes.contains(valueType);
    }

    /** The type with that wire name; fails with {@link ErrorCode#INVALID_VALUE} naming the allowed names. */
    public static FieldType fromWireName(String wireName) {
        for (FieldType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new OutboundException(ErrorCode.INVALID_VALUE, "fieldType must be one of "
                + Arrays.stream(values()).map(FieldType::wireName).collect(Collectors.joining(", "))
                + ", was " + (wireName == null ? "null" : "\"" + wireName + "\""));
    }
}
