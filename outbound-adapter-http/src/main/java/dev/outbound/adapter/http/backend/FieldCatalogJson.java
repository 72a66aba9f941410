package dev.outbound.adapter.http.backend;

import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.field.FieldType;
import dev.outbound.domain.field.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A calling list's field configuration on the wire: an array of definitions in display order, each shaped like
 * WWE's {@code Field} type without a value: {@code {"name", "displayName", "fieldType", "valueType",
 * "isEditable", "isMandatory", "options": {key: label}, "maxLength"}}.
 */
public final class FieldCatalogJson {
    private FieldCatalogJson() {}

    /** The definitions as a JSON array, in display order. */
    public static ArrayNode write(FieldCatalog catalog) {
        ArrayNode array = WireJson.array();
        for (FieldDefinition definition : catalog.definitions()) {
            ObjectNode field = array.addObject()
                    .put("name", definition.name())
                    .put("displayName", definition.displayName())
                    .put("fieldType", definition.fieldType().wireName())
                    .put("valueType", definition.valueType().wireName())
                    .put("isEditable", definition.editable())
                    .put("isMandatory", definition.mandatory());
            ObjectNode options = field.putObject("options");
            definition.options().forEach(options::put);
            field.put("maxLength", definition.maxLength());
        }
        return array;
    }

    /** Reads a catalog; fails with {@link WireFormatException} or the domain's own error. */
    public static FieldCatalog read(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new WireFormatException("the field configuration must be an array; was "
                    + WireJson.describe(array));
        }
        List<FieldDefinition> definitions = new ArrayList<>();
        for (JsonNode field : array) {
            definitions.add(new FieldDefinition(WireJson.text(field, "name"), WireJson.text(field, "displayName"),
                    FieldType.fromWireName(WireJson.text(field, "fieldType")),
                    ValueType.fromWireName(WireJson.text(field, "valueType")),
                    bool(field, "isEditable"), bool(field, "isMandatory"), options(field),
                    (int) WireJson.wholeNumber(field, "maxLength")));
        }
        return new FieldCatalog(definitions);
    }

    private static boolean bool(JsonNode field, String key) {
        JsonNode value = WireJson.require(field, key);
        if (!value.isBoolean()) {
            throw new WireFormatException(key + " must be true or false; was " + WireJson.describe(value));
        }
        return value.booleanValue();
    }

    private static Map<String, String> options(JsonNode field) {
        Map<String, String> options = new LinkedHashMap<>();
        WireJson.object(field, "options").properties().forEach(option -> {
            if (!option.getValue().isString()) {
                throw new WireFormatException("option " + option.getKey() + " must have a text label");
            }
            options.put(option.getKey(), option.getValue().stringValue());
        });
        return options;
    }
}
