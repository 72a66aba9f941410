package dev.outbound.domain.field;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of one calling list, in display order, with unique names. It answers {@code getRecordFields}
 * ({@link #describe}) and checks {@code updateRecordFields} all or nothing ({@link #validateUpdate}).
 *
 * @param definitions the field definitions, in the order desktops show them
 */
public record FieldCatalog(List<FieldDefinition> definitions) {

    public FieldCatalog {
        Require.present(definitions, "field definitions");
        definitions = List.copyOf(definitions);
        Set<String> names = new HashSet<>();
        for (FieldDefinition definition : definitions) {
            if (!names.add(definition.name())) {
                throw new OutboundException(ErrorCode.INVALID_VALUE,
                        "a calling list defines each field once, but " + definition.name() + " appears twice");
            }
        }
    }

    /** The four {@link SystemFields} followed by the calling list's own fields. */
    public static FieldCatalog withSystemFields(List<FieldDefinition> customFields) {
        Require.present(customFields, "custom field definitions");
        List<FieldDefinition> all = new ArrayList<>(SystemFields.all());
        all.addAll(customFields);
        return new FieldCatalog(all);
    }

    /** The definition of the field with that name, if the calling list has one. */
    public Optional<FieldDefinition> find(String name) {
        return definitions.stream().filter(definition -> definition.name().equals(name)).findFirst();
    }

    /**
     * The {@code getRecordFields} answer for a record: one {@link Field} per definition, in order, holding the
     * record's value as text (null when the record has no value for it).
     *
     * @param recordValues the record's flat values by name: {@link String}, {@link Long}, {@link
     *     java.math.BigDecimal} or {@link Boolean}; a time held as a number is seconds since midnight, shown as
     *     {@code HH:MM}
     */
    public List<Field> describe(Map<String, Object> recordValues) {
        Require.present(recordValues, "record values");
        return definitions.stream()
                .map(definition -> definition.toField(
                        FieldValueForms.render(definition, recordValues.get(definition.name()))))
                .toList();
    }

    /**
     * Checks an {@code updateRecordFields} request against this calling list, all or nothing.
     *
     * <p>Every named field is checked and every problem collected: an unknown name, a field that is not editable,
     * emptying a mandatory field, a JSON type other than the field's {@code valueType}, or a value its {@code
     * fieldType} does not allow. If there is any, nothing is returned and a {@link
     * FieldUpdateRejectedException} lists them all, in the update's order. Neither map is ever changed.
     *
     * <p>Emptying a field that is not mandatory ({@code null}, or a string that is empty or only white space, for
     * any field type) is accepted and clears it; Phone Type, which every record has, becomes 0 (None) instead
     * ({@link SystemFields#emptyValueOf}). Accepted values are stored in the record's flat shapes: int as
     * {@link Long}; float as {@link java.math.BigDecimal} (valueType number) or its plain text (string); char and
     * var-char as given; date as {@code MM/DD/YYYY HH:MM}; time as described under {@code recordValues}; bool as
     * {@link Boolean} (boolean) or {@code "true"}/{@code "false"} (string); enum as the option key, a {@link Long}
     * for valueType number.
     *
     * @param update the new values by field name, in request order ({@code null} values mean {@link
     *     FieldValue.Null})
     * @param recordValues the record's current flat values; they decide the stored shape of time fields: seconds
     *     since midnight ({@link Long}) when the record holds the field as a number, or when it is GSW_FROM or
     *     GSW_UNTIL and the record has no value yet; {@code HH:MM} text otherwise
     * @return the flat values to store for the named fields, in update order (unmodifiable); a field emptied by
     *     the update maps to null, meaning "remove the value"
     * @throws OutboundException {@link ErrorCode#FIELD_UPDATE_EMPTY} when the update names no field
     * @throws FieldUpdateRejectedException when any field is refused
     */
    public Map<String, Object> validateUpdate(Map<String, FieldValue> update, Map<String, Object> recordValues) {
        Require.present(update, "field update");
        Require.present(recordValues, "record values");
        if (update.isEmpty()) {
            throw new OutboundException(ErrorCode.FIELD_UPDATE_EMPTY,
                    "a field update must name at least one field; expected an object such as {\""
                            + SystemFields.PHONE + "\": \"555 0100\"}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Object> stored = new LinkedHashMap<>();
        Set<ErrorCode> namesListed = EnumSet.noneOf(ErrorCode.class);
        update.forEach((requestedName, requestedValue) -> {
            String name = requestedName == null ? "" : requestedName;
            FieldValue value = requestedValue == null ? new FieldValue.Null() : requestedValue;
            Checked checked = check(name, value, namesListed);
            if (checked instanceof Checked.Refused refused) {
                violations.add(refused.violation());
            } else {
                FieldDefinition definition = find(name).orElseThrow();
                Object flat = FieldValueForms.store(definition, ((Checked.Accepted) checked).value(),
                        recordValues.get(name));
                stored.put(name, flat != null ? flat : SystemFields.emptyValueOf(name).orElse(null));
            }
        });
        if (!violations.isEmpty()) {
            throw new FieldUpdateRejectedException(violations);
        }
        return Collections.unmodifiableMap(stored);
    }

    /**
     * Checks one field. The calling list's field names are spelled out in the first unknown-field and the first
     * not-editable problem of an update only ({@code namesListed} remembers which), so that a request naming many
     * wrong fields does not get the list back once per field.
     */
    private Checked check(String name, FieldValue value, Set<ErrorCode> namesListed) {
        Optional<FieldDefinition> definition = find(name);
        if (definition.isEmpty()) {
            return new Checked.Refused(FieldViolation.of(ErrorCode.UNKNOWN_FIELD, name, value,
                    "was given for a field this calling list does not have", namesListed.add(ErrorCode.UNKNOWN_FIELD)
                            ? "one of " + names(false) : "one of the fields listed with the first unknown field"));
        }
        if (!definition.get().editable()) {
            return new Checked.Refused(FieldViolation.of(ErrorCode.FIELD_NOT_EDITABLE, name, value,
                    "was given for a field that is not editable", namesListed.add(ErrorCode.FIELD_NOT_EDITABLE)
                            ? "only editable fields: " + names(true)
                            : "only the editable fields listed with the first field that is not"));
        }
        return FieldValueRules.check(definition.get(), value);
    }

    private String names(boolean editableOnly) {
        String names = definitions.stream().filter(definition -> !editableOnly || definition.editable())
                .map(FieldDefinition::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? "(none in this calling list)" : names;
    }
}
