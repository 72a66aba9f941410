package dev.outbound.adapter.http.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/**
 * Compares a reply the service gave with the reply a page shows, by shape, so that the page cannot drift from the
 * code while values that move (the customer's clock, the wording of messages) may differ:
 * <ol>
 *   <li>every position holds the same JSON type (object, array, string, number, boolean, null);</li>
 *   <li>objects have exactly the same keys, at every level, record maps included;</li>
 *   <li>arrays have the same length and are compared element by element;</li>
 *   <li>scalars have the same value under the {@link #CONTRACT_KEYS contract keys} (envelope marks, error codes,
 *       ids, states, field descriptions), and when the envelope's {@code data} is itself a scalar or holds only
 *       scalars (a call result code, the call result table, the list of requests, the agent); any other scalar
 *       needs only the same type.</li>
 * </ol>
 */
final class ReplyShape {
    /** Keys whose values a page must show exactly as the service gives them. */
    static final Set<String> CONTRACT_KEYS = Set.of(
            "request", "errorCode", "userAgent", "protocolVersion", "referenceId", "subscriptionId", "event",
            "eventType", "field", "interactionId", "recordHandle", "chainId", "type", "kind", "state", "mode",
            "campaignName", "callResult", "doNotCall", "callbackType", "name", "displayName", "isEditable",
            "isMandatory", "fieldType", "valueType", "agentId", "GSW_RECORD_HANDLE", "GSW_CHAIN_ID",
            "GSW_USER_EVENT", "GSW_PHONE", "GSW_CALL_RESULT", "GSW_CAMPAIGN_NAME");

    private ReplyShape() {}

    /** Every difference between what the page shows and what the service answered; empty when they agree. */
    static List<String> differences(JsonNode shown, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", null, shown, actual, exactData(shown), differences);
        return differences;
    }

    private static boolean exactData(JsonNode shown) {
        return shown.isObject() && shown.has("data");
    }

    private static void compare(String path, String key, JsonNode shown, JsonNode actual, boolean envelope,
                                List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + ": the page shows " + describe(shown) + ", the reply has nothing");
            return;
        }
        JsonNodeType shownType = shown.getNodeType();
        JsonNodeType actualType = actual.getNodeType();
        if (shownType != actualType) {
            differences.add(path + ": the page shows " + describe(shown) + ", the reply has " + describe(actual));
            return;
        }
        if (shown.isObject()) {
            Set<String> shownKeys = new TreeSet<>(shown.propertyNames());
            Set<String> actualKeys = new TreeSet<>(actual.propertyNames());
            if (!shownKeys.equals(actualKeys)) {
                Set<String> missing = new TreeSet<>(shownKeys);
                missing.removeAll(actualKeys);
                Set<String> extra = new TreeSet<>(actualKeys);
                extra.removeAll(shownKeys);
                differences.add(path + ": keys differ; shown but not answered " + missing
                        + ", answered but not shown " + extra);
            }
            for (Map.Entry<String, JsonNode> entry : shown.properties()) {
                String child = entry.getKey();
                boolean exactChild = envelope && path.equals("$") && child.equals("data") && flat(entry.getValue());
                compare(path + "." + child, exactChild ? "data" : child, entry.getValue(), actual.get(child),
                        false, differences);
                if (exactChild) {
                    exactValues(path + ".data", entry.getValue(), actual.get("data"), differences);
                }
            }
            return;
        }
        if (shown.isArray()) {
            if (shown.size() != actual.size()) {
                differences.add(path + ": the page shows " + shown.size() + " elements, the reply has "
                        + actual.size());
            }
            for (int i = 0; i < Math.min(shown.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", key, shown.get(i), actual.get(i), false, differences);
            }
            return;
        }
        if (key != null && CONTRACT_KEYS.contains(key) && !sameScalar(shown, actual)) {
            differences.add(path + ": the page shows " + shown + ", the reply has " + actual);
        }
    }

    /** Whether the value is a scalar, or an object or array of scalars only. */
    private static boolean flat(JsonNode value) {
        if (!value.isContainer()) {
            return true;
        }
        for (JsonNode element : value) {
            if (element.isContainer()) {
                return false;
            }
        }
        return true;
    }

    private static void exactValues(String path, JsonNode shown, JsonNode actual, List<String> differences) {
        if (actual == null || shown.getNodeType() != actual.getNodeType()) {
            return; // already reported
        }
        if (!shown.isContainer()) {
            if (!sameScalar(shown, actual)) {
                differences.add(path + ": the page shows " + shown + ", the reply has " + actual);
            }
            return;
        }
        if (shown.isObject()) {
            List<String> shownOrder = List.copyOf(shown.propertyNames());
            List<String> actualOrder = List.copyOf(actual.propertyNames());
            if (shownOrder.equals(actualOrder)) {
                for (String name : shownOrder) {
                    if (!sameScalar(shown.get(name), actual.get(name))) {
                        differences.add(path + "." + name + ": the page shows " + shown.get(name)
                                + ", the reply has " + actual.get(name));
                    }
                }
            } else if (new TreeSet<>(shownOrder).equals(new TreeSet<>(actualOrder))) {
                differences.add(path + ": the keys come in another order; the reply has " + actualOrder);
            }
            return;
        }
        for (int i = 0; i < Math.min(shown.size(), actual.size()); i++) {
            if (!sameScalar(shown.get(i), actual.get(i))) {
                differences.add(path + "[" + i + "]: the page shows " + shown.get(i) + ", the reply has "
                        + actual.get(i));
            }
        }
    }

    private static boolean sameScalar(JsonNode shown, JsonNode actual) {
        if (shown.isNumber() && actual.isNumber()) {
            return shown.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return shown.equals(actual);
    }

    private static String describe(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase();
        return node.isContainer() ? "an " + type : "a " + type + " (" + node + ")";
    }
}
