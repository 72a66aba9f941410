package dev.outbound.adapter.http.service;

import dev.outbound.domain.field.FieldValue;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Typed access to a request's parameters, by position, with a {@link RequestFailure} that names the request, the
 * parameter's position and name, what was expected and what was given.
 */
final class Parameters {
    private final String request;
    private final ArrayNode values;

    Parameters(String request, ArrayNode values) {
        this.request = request;
        this.values = values;
    }

    /** Requires exactly {@code count} parameters, named for the message. */
    Parameters expect(String... names) {
        if (values.size() != names.length) {
            throw RequestFailure.wrongParameterCount(request, describe(names), values.size());
        }
        return this;
    }

    /** Requires {@code min} to {@code names.length} parameters. */
    Parameters expectBetween(int min, String... names) {
        if (values.size() < min || values.size() > names.length) {
            throw RequestFailure.wrongParameterCount(request, min == 0 && names.length == 1
                    ? "no parameter or one (" + names[0] + ")" : describe(names), values.size());
        }
        return this;
    }

    int size() {
        return values.size();
    }

    /** A non-empty string. */
    String text(int index, String name) {
        JsonNode value = values.get(index);
        if (value == null || !value.isString() || value.stringValue().isEmpty()) {
            throw invalid(index, name, "a non-empty string", value);
        }
        return value.stringValue();
    }

    /** An interaction id: a string such as "1". */
    InteractionId interactionId(int index) {
        String text = text(index, "interactionId");
        if (text.length() > 64 || !text.strip().equals(text)) {
            throw invalid(index, "interactionId", "an interaction id of 1 to 64 characters without spaces around it",
                    values.get(index));
        }
        return InteractionId.of(text);
    }

    /** The interaction id when one is given. */
    Optional<InteractionId> optionalInteractionId(int index) {
        return index < values.size() ? Optional.of(interactionId(index)) : Optional.empty();
    }

    /** A record handle: a positive whole number. */
    RecordHandle recordHandle(int index) {
        JsonNode value = values.get(index);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1) {
            throw invalid(index, "recordHandle", "a positive whole number such as 283", value);
        }
        return RecordHandle.of(value.longValue());
    }

    /** A call result as the client sends it: a whole number, or text (checked by the domain). */
    String callResult(int index) {
        JsonNode value = values.get(index);
        if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
            return Long.toString(value.longValue());
        }
        if (value != null && value.isString()) {
            return value.stringValue();
        }
        throw invalid(index, "callResult", "a number, or a string holding a number, such as 33", value);
    }

    /** An object of field names to JSON values, in the order sent. */
    Map<String, FieldValue> recordData(int index) {
        JsonNode value = values.get(index);
        if (value == null || !value.isObject()) {
            throw invalid(index, "recordData", "an object of field names to values, such as "
                    + "{\"GSW_PHONE\":\"+33647005\"}", value);
        }
        Map<String, FieldValue> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            data.put(field.getKey(), fieldValue(index, field.getKey(), field.getValue()));
        }
        return data;
    }

    private FieldValue fieldValue(int index, String field, JsonNode value) {
        if (value.isNull()) {
            return FieldValue.of(null);
        }
        if (value.isString()) {
            return FieldValue.of(value.stringValue());
        }
        if (value.isBoolean()) {
            return FieldValue.of(value.booleanValue());
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            return FieldValue.of(number);
        }
        throw invalid(index, "recordData." + field, "a string, number, boolean or null", value);
    }

    private RequestFailure invalid(int index, String name, String expected, JsonNode given) {
        return RequestFailure.invalidParameter(request, index + 1, name, expected, Json.describe(given));
    }

    private static String describe(String[] names) {
        if (names.length == 0) {
            return "no parameters";
        }
        return names.length + (names.length == 1 ? " parameter (" : " parameters (") + String.join(", ", names)
                + ")";
    }
}
