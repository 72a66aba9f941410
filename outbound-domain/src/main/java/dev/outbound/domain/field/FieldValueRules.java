package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;

/**
 * The rules a new value must follow for one editable field, in order: a mandatory field is never emptied, the JSON
 * type matches the field's {@code valueType}, the value suits the {@code fieldType} ({@link FieldTypeRules}), and
 * a phone number looks dialable.
 *
 * <p>Emptying a field that is not mandatory ({@code null}, or a string that is empty or only white space) is
 * accepted, whatever the field's types: it clears the value.
 */
final class FieldValueRules {
    private FieldValueRules() {}

    /** Checks {@code value} as the new value of the editable field {@code field}. */
    static Checked check(FieldDefinition field, FieldValue value) {
        if (value.isEmpty()) {
            return field.mandatory()
                    ? refuse(ErrorCode.MANDATORY_FIELD_EMPTY, field, value, "would empty a mandatory field",
                            "a value that is not empty")
                    : new Checked.Accepted(null);
        }
        ValueType given = value.valueType().orElseThrow();
        if (given != field.valueType()) {
            return refuse(ErrorCode.WRONG_VALUE_TYPE, field, value, "is a " + given.wireName(),
                    "a " + field.valueType().wireName() + " (valueType " + field.valueType().wireName() + ")");
        }
        Checked checked = FieldTypeRules.check(field, value);
        if (checked instanceof Checked.Accepted accepted && SystemFields.PHONE.equals(field.name())
                && accepted.value() instanceof String phone && !DialableNumber.looksDialable(phone)) {
            return refuse(ErrorCode.INVALID_FIELD_VALUE, field, value, "is not a phone number",
                    DialableNumber.EXPECTED);
        }
        return checked;
    }

    /** A refusal of {@code value} for {@code field}, worded as {@link FieldViolation#of}. */
    static Checked refuse(ErrorCode code, FieldDefinition field, FieldValue value, String problem,
            String expected) {
        return new Checked.Refused(FieldViolation.of(code, field.name(), value, problem, expected));
    }
}
