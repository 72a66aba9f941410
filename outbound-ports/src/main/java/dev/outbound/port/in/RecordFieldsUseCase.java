package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.field.Field;
import dev.outbound.domain.field.FieldValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code outbound.getRecordFields} and {@code outbound.updateRecordFields}: read the record's fields, and edit them
 * all or nothing. Edits are submitted at mark done.
 */
public interface RecordFieldsUseCase {
    List<Field> getRecordFields(InteractionRef interaction);

    void updateRecordFields(UpdateCommand command);

    /** The interaction and the new values by field name, in the order the client sent them. */
    record UpdateCommand(InteractionRef interaction, Map<String, FieldValue> recordData) {
        public UpdateCommand {
            Require.present(interaction, "interaction");
            recordData = java.util.Collections.unmodifiableMap(
                    new LinkedHashMap<>(Require.present(recordData, "recordData")));
        }
    }
}
