package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.json.StrictJson;
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
    /** The longest call result text read: a code has a few digits. */
    static final int MAX_CODE_TEXT = 64;
    /** The most fields one {@code updateRecordFields} may name; a calling list has far fewer. */
    static final int MAX_FIELDS = 256;
    /** The longest field name read. */
    static final int MAX_FIELD_NAME = 255;
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LARGEST_CODE = BigDecimal.valueOf(Integer.MAX_VALUE);

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

    /**
     * A string that is not empty or blank, of at most {@code maxLength} characters. The limit keeps error messages
     * that quote the value (an unknown campaign, a date that is not valid) short.
     */
    String text(int index, String name, int maxLength) {
        JsonNode value = values.get(index);
        if (value == null || !value.isString() || value.stringValue().isBlank()
                || value.stringValue().length() > maxLength) {
            throw invalid(index, name, "a string of 1 to " + maxLength + " characters, not blank", value);
        }
        return value.stringValue();
    }

    /** An interaction id: a string such as "1". */
    InteractionId interactionId(int index) {
        JsonNode value = values.get(index);
        if (value == null || !value.isString() || value.stringValue().isEmpty()) {
            throw invalid(index, "interactionId", "a non-empty string", value);
        }
        String text = value.stringValue();
        if (text.length() > 64 || !text.strip().equals(text)) {
            throw invalid(index, "interactionId", "an interaction id of 1 to 64 characters without spaces around it",
                    value);
        }
        return InteractionId.of(text);
    }

    /** The interaction id when one is given. */
    Optional<InteractionId> optionalInteractionId(int index) {
        return index < values.size() ? Optional.of(interactionId(index)) : Optional.empty();
    }

    /**
     * A record handle: a positive whole number. JSON has one number type, so 283, 283.0 and 2.83e2 are the same
     * handle; 283.5 is refused.
     */
    RecordHandle recordHandle(int index) {
        JsonNode value = values.get(index);
        Optional<BigDecimal> whole = wholeNumber(value);
        if (whole.isEmpty() || whole.get().compareTo(BigDecimal.ONE) < 0 || whole.get().compareTo(LARGEST) > 0) {
            String why = whole.isEmpty() ? fractionNote(value)
                    : whole.get().signum() < 1 ? ", which is not positive" : ", which is too large for a handle";
            throw invalid(index, "recordHandle", "a positive whole number such as 283", value, why);
        }
        return RecordHandle.of(whole.get().longValueExact());
    }

    /**
     * A call result as the client sends it: text, which the domain reads, or a whole number (33, 33.0 or 3.3e1),
     * handed on as its digits. A number outside the range of codes is refused here as {@code INVALID_CALL_RESULT},
     * the code the domain gives a number that is no call result code, because the domain reads at most 18 digits.
     */
    String callResult(int index) {
        JsonNode value = values.get(index);
        if (value != null && value.isString()) {
            if (value.stringValue().length() > MAX_CODE_TEXT) {
                throw invalid(index, "callResult", "a call result code such as \"33\", at most " + MAX_CODE_TEXT
                        + " characters", value);
            }
            return value.stringValue();
        }
        Optional<BigDecimal> whole = wholeNumber(value);
        if (whole.isEmpty()) {
            throw invalid(index, "callResult", "a whole number, or a string holding one, such as 33", value,
                    fractionNote(value));
        }
        if (whole.get().abs().compareTo(LARGEST_CODE) > 0) {
            throw new RequestFailure("INVALID_CALL_RESULT", 400, "call result " + StrictJson.excerpt(value.toString())
                    + " is not a call result code; outbound.getListOfCallResults lists the codes offered");
        }
        return Long.toString(whole.get().longValueExact());
    }

    /** An object of field names to JSON values, in the order sent. */
    Map<String, FieldValue> recordData(int index) {
        JsonNode value = values.get(index);
        if (value == null || !value.isObject()) {
            throw invalid(index, "recordData", "an object of field names to values, such as "
                    + "{\"GSW_PHONE\":\"+33647005\"}", value);
        }
        if (value.size() > MAX_FIELDS) {
            throw invalid(index, "recordData", "an object of at most " + MAX_FIELDS + " fields", value,
                    " of " + value.size() + " fields");
        }
        Map<String, FieldValue> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (field.getKey().length() > MAX_FIELD_NAME) {
                throw RequestFailure.invalidParameter(request, index + 1, "recordData", "an object whose field "
                        + "names have at most " + MAX_FIELD_NAME + " characters", "the name "
                        + StrictJson.quote(field.getKey()));
            }
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
        throw invalid(index, "recordData." + StrictJson.excerpt(field), "a string, number, boolean or null", value);
    }

    private RequestFailure invalid(int index, String name, String expected, JsonNode given) {
        return invalid(index, name, expected, given, "");
    }

    private RequestFailure invalid(int index, String name, String expected, JsonNode given, String note) {
        return RequestFailure.invalidParameter(request, index + 1, name, expected, Json.describe(given) + note);
    }

    /** The value of a JSON number that is whole however it is written (33, 33.0, 3.3e1); empty otherwise. */
    private static Optional<BigDecimal> wholeNumber(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return Optional.empty();
        }
        BigDecimal number = value.decimalValue();
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0 ? Optional.of(number)
                : Optional.empty();
    }

    /** ", which is not a whole number" for a number with a fraction, so the message says why it was refused. */
    private static String fractionNote(JsonNode value) {
        return value != null && value.isNumber() ? ", which is not a whole number" : "";
    }

    private static String describe(String[] names) {
        if (names.length == 0) {
            return "no parameters";
        }
        return names.length + (names.length == 1 ? " parameter (" : " parameters (") + String.join(", ", names)
                + ")";
    }
}
