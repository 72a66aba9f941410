package dev.outbound.domain.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures: the seed's calling list, and one with a custom field of every kind. */
final class Catalogs {
    static final String CUSTOM_STRING = "GSW_CUSTOM_STRING";

    private Catalogs() {}

    /** The seed's calling list: the system fields plus GSW_CUSTOM_STRING (var-char, editable, no display name). */
    static FieldCatalog seed() {
        return FieldCatalog.withSystemFields(List.of(FieldDefinition.varChar(CUSTOM_STRING, null, true, false, 255)));
    }

    /** A record of the seed's calling list as OCS stores it: calling window in seconds since midnight. */
    static Map<String, Object> seedRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("GSW_FROM", 0L);
        record.put("GSW_UNTIL", 86399L);
        record.put("GSW_PHONE", "5550100");
        record.put("GSW_PHONE_TYPE", 1L);
        record.put(CUSTOM_STRING, "Custom message");
        return record;
    }

    /** The system fields plus one custom field of every type and shape. */
    static FieldCatalog everyKind() {
        return FieldCatalog.withSystemFields(List.of(
                FieldDefinition.integer("CUSTOM_INT", "Count", true, false),
                FieldDefinition.integer("CUSTOM_INT_TEXT", "Count as text", true, false)
                        .withValueType(ValueType.STRING),
                FieldDefinition.decimal("CUSTOM_FLOAT", "Amount", true, false),
                FieldDefinition.decimal("CUSTOM_FLOAT_TEXT", "Amount as text", true, false)
                        .withValueType(ValueType.STRING),
                FieldDefinition.character("CUSTOM_CHAR", "Flag", true, false),
                FieldDefinition.varChar("CUSTOM_NOTE", "Note", true, false, 10),
                FieldDefinition.varChar("CUSTOM_MANDATORY_NOTE", "Required note", true, true, 10),
                FieldDefinition.date("CUSTOM_DATE", "Contract end", true, false),
                FieldDefinition.time("CUSTOM_TIME", "Best time", true, false),
                FieldDefinition.bool("CUSTOM_BOOL", "Consent", true, false),
                FieldDefinition.bool("CUSTOM_BOOL_TEXT", "Consent as text", true, false)
                        .withValueType(ValueType.STRING),
                FieldDefinition.enumeration("CUSTOM_LEVEL", "Level", ValueType.STRING, true, false,
                        Map.of("gold", "Gold")),
                FieldDefinition.integer("CUSTOM_ID", "Customer id", false, true)));
    }
}
