package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.WireJson;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What makes two POSTs with the same {@code GSW_REFERENCE_ID} the same request, for the {@link ReferenceLedger}:
 * the request, its decoded path, and its body as canonical JSON (keys sorted at every level, no white space
 * between tokens). So a repeat whose body lists the keys in another order, is spaced differently, or whose path
 * encodes a character another way ({@code %41} for {@code A}) is a repeat; a repeat with another value is not. Values
 * are compared as written: {@code 7.50} and {@code 7.5} are different field values.
 */
final class RequestFingerprint {
    private RequestFingerprint() {}

    /** The fingerprint of a POST. */
    static String of(ResourcePath path, RequestBody body) {
        StringBuilder text = new StringBuilder(body.request().wireName()).append(' ').append(path.resource())
                .append(' ').append(WireJson.MAPPER.getNodeFactory().stringNode(path.id()));
        if (path.callId() != null) {
            text.append(' ').append(WireJson.MAPPER.getNodeFactory().stringNode(path.callId()));
        }
        text.append(' ');
        canonical(body.json(), text);
        return text.toString();
    }

    /** Writes {@code node} as canonical JSON: object keys in sorted order, no white space. */
    static void canonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(WireJson.MAPPER.getNodeFactory().stringNode(entry.getKey())).append(':');
                canonical(entry.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canonical(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }
}
