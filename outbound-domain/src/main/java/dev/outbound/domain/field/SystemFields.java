package dev.outbound.domain.field;

import dev.outbound.domain.record.PhoneType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four system fields an agent may edit in every calling list: Call From, Call Until, Phone and Phone Type.
 * Every {@link FieldCatalog#withSystemFields catalog} lists them first.
 */
public final class SystemFields {
    /** Start of the record's calling window, stored by OCS as seconds since midnight. */
    public static final String CALL_FROM = "GSW_FROM";
    /** End of the record's calling window, stored by OCS as seconds since midnight. */
    public static final String CALL_UNTIL = "GSW_UNTIL";
    /** The number to dial. */
    public static final String PHONE = "GSW_PHONE";
    /** The kind of number, a {@link PhoneType} code. */
    public static final String PHONE_TYPE = "GSW_PHONE_TYPE";

    /** The most characters a phone number may have. */
    public static final int PHONE_MAX_LENGTH = 64;

    /** Call From: a mandatory, editable time. */
    public static final FieldDefinition CALL_FROM_FIELD = FieldDefinition.time(CALL_FROM, "Call From", true, true);
    /** Call Until: a mandatory, editable time. */
    public static final FieldDefinition CALL_UNTIL_FIELD =
            FieldDefinition.time(CALL_UNTIL, "Call Until", true, true);
    /** Phone: a mandatory, editable text of at most {@value #PHONE_MAX_LENGTH} characters. */
    public static final FieldDefinition PHONE_FIELD =
            FieldDefinition.varChar(PHONE, "Phone", true, true, PHONE_MAX_LENGTH);
    /** Phone Type: an optional, editable number enum offering the twelve phone types in code order. */
    public static final FieldDefinition PHONE_TYPE_FIELD = FieldDefinition.enumeration(PHONE_TYPE, "Phone Type",
            ValueType.NUMBER, true, false, phoneTypeOptions());

    private static final List<FieldDefinition> ALL =
            List.of(CALL_FROM_FIELD, CALL_UNTIL_FIELD, PHONE_FIELD, PHONE_TYPE_FIELD);

    private SystemFields() {}

    /**
     * What emptying a field stores, for the system fields every record must have a value for: Phone Type emptied
     * is {@code 0} (None). Empty for every other field, whose emptied value is removed.
     */
    public static java.util.Optional<Object> emptyValueOf(String name) {
        return PHONE_TYPE.equals(name) ? java.util.Optional.of((long) PhoneType.NONE.code())
                : java.util.Optional.empty();
    }

    /** The four definitions in the order desktops show them: Call From, Call Until, Phone, Phone Type. */
    public static List<FieldDefinition> all() {
        return ALL;
    }

    /** Whether the field is Call From or Call Until, which OCS keeps as seconds since midnight. */
    public static boolean isCallingWindow(String name) {
        return CALL_FROM.equals(name) || CALL_UNTIL.equals(name);
    }

    private static Map<String, String> phoneTypeOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (PhoneType type : PhoneType.values()) {
            options.put(Integer.toString(type.code()), type.label());
        }
        return options;
    }
}
