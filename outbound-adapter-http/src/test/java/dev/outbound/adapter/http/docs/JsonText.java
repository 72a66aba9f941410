package dev.outbound.adapter.http.docs;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON written the way the docs show it: two spaces per level, {@code "key": value}, empty containers inline. */
final class JsonText {
    private JsonText() {}

    static String pretty(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.toString();
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                indent(depth + 1, out);
                out.append(JsonNodeQuote.quote(entry.getKey())).append(": ");
                write(entry.getValue(), depth + 1, out);
                out.append(entries.hasNext() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(depth + 1, out);
                write(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    /** Quoting of keys the way JSON writes strings. */
    private static final class JsonNodeQuote {
        private static final tools.jackson.databind.node.JsonNodeFactory NODES =
                tools.jackson.databind.node.JsonNodeFactory.instance;

        static String quote(String text) {
            return NODES.stringNode(text).toString();
        }
    }
}
