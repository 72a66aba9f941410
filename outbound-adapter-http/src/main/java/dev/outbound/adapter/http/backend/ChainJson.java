package dev.outbound.adapter.http.backend;

import dev.outbound.domain.record.Chain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chain on the wire: an array of flat {@code GSW_*} records as {@link Chain#toFlat()} writes them, the
 * delivered record first ({@code GSW_USER_EVENT} PreviewRecord, the others ChainedRecord); and flat value maps
 * (field values) as JSON objects.
 */
public final class ChainJson {
    private ChainJson() {}

    /** The chain as a JSON array of flat records, the delivered record first. */
    public static ArrayNode write(Chain chain) {
        ArrayNode array = WireJson.array();
        chain.toFlat().forEach(record -> array.add(writeValues(record)));
        return array;
    }

    /** Reads a chain; fails with {@link WireFormatException} or the domain's own error (INVALID_RECORD). */
    public static Chain read(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new WireFormatException("a chain must be a non-empty array of records; was "
                    + WireJson.describe(array));
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (JsonNode record : array) {
            if (!record.isObject()) {
                throw new WireFormatException("a record must be an object; was " + WireJson.describe(record));
            }
            records.add(readValues(record));
        }
        return Chain.fromFlat(records);
    }

    /** Flat values as a JSON object, in the map's order. */
    public static ObjectNode writeValues(Map<String, ?> values) {
        ObjectNode object = WireJson.object();
        values.forEach((key, value) -> object.set(key, WireJson.toNode(key, value)));
        return object;
    }

    /** A JSON object's members as flat values, in order; JSON null becomes a null value. */
    public static Map<String, Object> readValues(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.properties().forEach(entry -> values.put(entry.getKey(),
                WireJson.toValue(entry.getKey(), entry.getValue())));
        return values;
    }
}
