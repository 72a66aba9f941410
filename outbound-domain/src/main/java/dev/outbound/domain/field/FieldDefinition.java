package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The calling-list configuration of one field: its name, how desktops show it, its type, and the rules an update
 * must follow.
 *
 * <p>Invariants: the name is not blank (a blank display name falls back to the name); the value type suits the
 * field type (see {@link FieldType#accepts}); an enum field has at least one option and no other field has any
 * (options keep their order; for a {@code number} enum every key is a whole number written plainly, such as
 * {@code 9}); {@code maxLength} is at least 1, is checked for {@code var-char} fields only, and is exactly 1 for
 * {@code char} fields.
 *
 * @param name the field's name, used in updates (e.g. {@code GSW_PHONE})
 * @param displayName the label WWE shows (e.g. {@code Phone})
 * @param fieldType the field's data type
 * @param valueType the JSON type an update must use
 * @param editable whether an agent may update the field
 * @param mandatory whether the field may never be emptied
 * @param options enum only: option key -> label, in display order; empty for other types
 * @param maxLength the most characters a {@code var-char} value may have
 */
public record FieldDefinition(String name, String displayName, FieldType fieldType, ValueType valueType,
        boolean editable, boolean mandatory, Map<String, String> options, int maxLength) {

    /** The maximum length the factories give to fields whose length is not checked. */
    public static final int DEFAULT_MAX_LENGTH = 255;

    private static final Pattern WHOLE_NUMBER_KEY = Pattern.compile("0|-?[1-9][0-9]{0,17}");

    public FieldDefinition {
        Require.nonBlank(name, "field name");
        displayName = displayName == null || displayName.isBlank() ? name : displayName;
        Require.present(fieldType, "fieldType of field " + name);
        Require.present(valueType, "valueType of field " + name);
        if (!fieldType.accepts(valueType)) {
            throw invalid(name, "a " + fieldType.wireName() + " field cannot have valueType " + valueType.wireName());
        }
        options = copyOf(name, fieldType, valueType, options);
        if (maxLength < 1) {
            throw invalid(name, "maxLength must be at least 1, was " + maxLength);
        }
        if (fieldType == FieldType.CHAR && maxLength != 1) {
            throw invalid(name, "a char field holds one character, so maxLength must be 1, was " + maxLength);
        }
    }

    /** A {@code var-char} field of at most {@code maxLength} characters, updated with strings. */
    public static FieldDefinition varChar(String name, String displayName, boolean editable, boolean mandatory,
            int maxLength) {
        return new FieldDefinition(name, displayName, FieldType.VAR_CHAR, ValueType.STRING, editable, mandatory,
                Map.of(), maxLength);
    }

    /** A {@code char} field (one character), updated with strings. */
    public static FieldDefinition character(String name, String displayName, boolean editable, boolean mandatory) {
        return new FieldDefinition(name, displayName, FieldType.CHAR, ValueType.STRING, editable, mandatory,
                Map.of(), 1);
    }

    /** An {@code int} field updated with numbers (see {@link #withValueType} for strings). */
    public static FieldDefinition integer(String name, String displayName, boolean editable, boolean mandatory) {
        return simple(name, displayName, FieldType.INT, ValueType.NUMBER, editable, mandatory);
    }

    /** A {@code float} field updated with numbers (see {@link #withValueType} for strings). */
    public static FieldDefinition decimal(String name, String displayName, boolean editable, boolean mandatory) {
        return simple(name, displayName, FieldType.FLOAT, ValueType.NUMBER, editable, mandatory);
    }

    /** A {@code date} field ({@code MM/DD/YYYY HH:MM}), updated with strings. */
    public static FieldDefinition date(String name, String displayName, boolean editable, boolean mandatory) {
        return simple(name, displayName, FieldType.DATE, ValueType.STRING, editable, mandatory);
    }

    /** A {@code time} field ({@code HH:MM}), updated with strings. */
    public static FieldDefinition time(String name, String displayName, boolean editable, boolean mandatory) {
        return simple(name, displayName, FieldType.TIME, ValueType.STRING, editable, mandatory);
    }

    /** A {@code bool} field updated with JSON booleans (see {@link #withValueType} for strings). */
    public static FieldDefinition bool(String name, String displayName, boolean editable, boolean mandatory) {
        return simple(name, displayName, FieldType.BOOL, ValueType.BOOLEAN, editable, mandatory);
    }

    /** An {@code enum} field offering {@code options} (key -> label, in display order). */
    public static FieldDefinition enumeration(String name, String displayName, ValueType valueType, boolean editable,
            boolean mandatory, Map<String, String> options) {
        return new FieldDefinition(name, displayName, FieldType.ENUM, valueType, editable, mandatory, options,
                DEFAULT_MAX_LENGTH);
    }

    /** This definition, updated with another JSON type (which must suit the field type). */
    public FieldDefinition withValueType(ValueType newValueType) {
        return new FieldDefinition(name, displayName, fieldType, newValueType, editable, mandatory, options,
                maxLength);
    }

    /** The field as {@code getRecordFields} shows it, holding {@code value} (null when the record has none). */
    public Field toField(String value) {
        return new Field(name, displayName, value, editable, mandatory, fieldType, valueType, options);
    }

    private static FieldDefinition simple(String name, String displayName, FieldType fieldType, ValueType valueType,
            boolean editable, boolean mandatory) {
        return new FieldDefinition(name, displayName, fieldType, valueType, editable, mandatory, Map.of(),
                DEFAULT_MAX_LENGTH);
    }

    private static Map<String, String> copyOf(String name, FieldType fieldType, ValueType valueType,
            Map<String, String> options) {
        Map<String, String> copy = new LinkedHashMap<>(options == null ? Map.of() : options);
        if (fieldType == FieldType.ENUM && copy.isEmpty()) {
            throw invalid(name, "an enum field needs at least one option");
        }
        if (fieldType != FieldType.ENUM && !copy.isEmpty()) {
            throw invalid(name, "only enum fields have options, this is a " + fieldType.wireName() + " field");
        }
        copy.forEach((key, label) -> {
            if (key == null || key.isBlank() || label == null) {
                throw invalid(name, "every option needs a key and a label, found " + key + " -> " + label);
            }
            if (valueType == ValueType.NUMBER && !WHOLE_NUMBER_KEY.matcher(key).matches()) {
                throw invalid(name, "a number enum's option keys must be whole numbers such as 9, found \""
                        + key + "\"");
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    private static OutboundException invalid(String name, String problem) {
        return new OutboundException(ErrorCode.INVALID_VALUE, "field " + name + ": " + problem);
    }
}
