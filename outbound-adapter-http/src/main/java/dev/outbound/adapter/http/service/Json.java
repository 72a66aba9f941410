package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The service's JSON: the strict shared mapper, node building, and short descriptions for error messages. */
final class Json {
    static final JsonMapper MAPPER = StrictJson.MAPPER;
    static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A short description of a JSON value's type, for error messages. */
    static String describe(JsonNode node) {
        return StrictJson.describe(node);
    }
}
