package dev.outbound.domain.field;

import dev.outbound.domain.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One field of a record as {@code getRecordFields} returns it: the {@code Field} type of the Service Client API's
 * Outbound reference page.
 *
 * @param name the name to use in {@code updateRecordFields}
 * @param displayName the label WWE shows
 * @param value the current value as text, or null when the record has none
 * @param isEditable whether an update may change it
 * @param isMandatory whether an update may empty it
 * @param fieldType the data type
 * @param valueType the JSON type an update must use
 * @param options enum only: key -> label in display order; empty for other types
 */
public record Field(String name, String displayName, String value, boolean isEditable, boolean isMandatory,
        FieldType fieldType, ValueType valueType, Map<String, String> options) {

    public Field {
        Require.nonBlank(name, "field name");
        Require.present(displayName, "displayName of field " + name);
        Require.present(fieldType, "fieldType of field " + name);
        Require.present(valueType, "valueType of field " + name);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options == null ? Map.of() : options));
    }
}
