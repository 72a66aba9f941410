package dev.outbound.adapter.http.backend.server;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The check of the field names of UpdateCallCompletionStats and RecordProcessed against the record's catalog:
 * every name must be a field of the calling list, and an editable one, as the agent-facing service requires of an
 * agent's edits. The values themselves are the record's stored shapes (seconds for a time, {@code MM/DD/YYYY HH:MM}
 * for a date, ...), which the backend judges.
 */
final class FieldNames {
    private FieldNames() {}

    /**
     * Refuses the fields if any name is unknown (UNKNOWN_FIELD) or not editable (FIELD_NOT_EDITABLE); when both
     * happen, FIELD_UPDATE_REJECTED. The message names every refused field and what was expected.
     */
    static void requireEditable(String request, FieldCatalog catalog, Map<String, Object> fields) {
        List<String> unknown = new ArrayList<>();
        List<String> notEditable = new ArrayList<>();
        for (String name : fields.keySet()) {
            Optional<FieldDefinition> definition = catalog.find(name);
            if (definition.isEmpty()) {
                unknown.add(name);
            } else if (!definition.get().editable()) {
                notEditable.add(name);
            }
        }
        if (unknown.isEmpty() && notEditable.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add(String.join(", ", unknown) + (unknown.size() == 1 ? " is not a field" : " are not fields")
                    + " of the record's calling list (its fields: " + names(catalog, false) + ")");
        }
        if (!notEditable.isEmpty()) {
            problems.add(String.join(", ", notEditable) + (notEditable.size() == 1 ? " is" : " are")
                    + " not editable (editable fields: " + names(catalog, true) + ")");
        }
        ErrorCode code = notEditable.isEmpty() ? ErrorCode.UNKNOWN_FIELD
                : unknown.isEmpty() ? ErrorCode.FIELD_NOT_EDITABLE : ErrorCode.FIELD_UPDATE_REJECTED;
        throw new OutboundException(code, request + " refused, nothing was changed: " + String.join("; ", problems));
    }

    private static String names(FieldCatalog catalog, boolean editableOnly) {
        String names = catalog.definitions().stream().filter(definition -> !editableOnly || definition.editable())
                .map(FieldDefinition::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }
}
