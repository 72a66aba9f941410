package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.json.MalformedJson;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One message from a client, as the WWE Service Client API sends it: either a request
 * ({@code {"request":"outbound.getCampaigns","parameters":[...],"referenceId":"7",...}}) or a subscription
 * change ({@code {"event":"subscribe","data":"outbound"}}). Other keys ({@code userAgent}, {@code protocolVersion},
 * {@code frameId}) are accepted and ignored.
 *
 * @param request     the request name, or null for an event message
 * @param event       {@code subscribe} or {@code unsubscribe}, or null for a request
 * @param parameters  the parameters (an empty array when absent)
 * @param data        the event message's data
 * @param referenceId the client's reference, echoed in the reply as it was given (null when absent)
 */
record Envelope(String request, String event, ArrayNode parameters, JsonNode data, JsonNode referenceId) {

    /** Reads an envelope from a request body. */
    static Envelope parse(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw RequestFailure.malformedJson(MalformedJson.explain(e));
        }
        if (root == null || root.isMissingNode()) {
            throw RequestFailure.malformedJson("the body is empty");
        }
        if (!root.isObject()) {
            throw RequestFailure.invalidEnvelope("the body must be a JSON object such as "
                    + "{\"request\":\"outbound.getCampaigns\"}; was " + Json.describe(root));
        }
        ObjectNode object = (ObjectNode) root;
        JsonNode referenceId = referenceId(object.get("referenceId"));
        String request = text(object, "request");
        String event = text(object, "event");
        if ((request == null) == (event == null)) {
            throw RequestFailure.invalidEnvelope("an envelope needs either \"request\" (a request name such as "
                    + "\"outbound.getCampaigns\") or \"event\" (\"subscribe\" or \"unsubscribe\"), not "
                    + (request == null ? "neither" : "both"));
        }
        JsonNode parameters = object.get("parameters");
        if (parameters != null && !parameters.isNull() && !parameters.isArray()) {
            throw RequestFailure.invalidEnvelope("\"parameters\" must be an array; was "
                    + Json.describe(parameters));
        }
        ArrayNode params = parameters instanceof ArrayNode array ? array : Json.NODES.arrayNode();
        return new Envelope(request, event, params, object.get("data"), referenceId);
    }

    private static String text(ObjectNode object, String key) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw RequestFailure.invalidEnvelope("\"" + key + "\" must be a non-empty string; was "
                    + Json.describe(value));
        }
        return value.stringValue();
    }

    /**
     * The official client sends referenceId as a string; a whole number is accepted too (17, or 17.0: JSON has one
     * number type), and echoed as given, so that a client comparing with {@code ===} finds its request.
     */
    private static JsonNode referenceId(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if ((value.isString() && value.stringValue().length() <= 128)
                || (isWhole(value) && value.toString().length() <= 128)) {
            return value;
        }
        throw RequestFailure.invalidEnvelope("\"referenceId\" must be a string or a whole number, of at most "
                + "128 characters; was " + Json.describe(value)
                + (value.isNumber() && !isWhole(value) ? ", which is not a whole number" : ""));
    }

    private static boolean isWhole(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal number = value.decimalValue();
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
