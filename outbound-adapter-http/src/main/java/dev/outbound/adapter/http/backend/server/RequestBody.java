package dev.outbound.adapter.http.backend.server;

import static dev.outbound.adapter.http.backend.ProtocolKeys.AGENT_ID;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CALLBACK_TYPE;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CALL_RESULT;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CHAIN_ATTR;
import static dev.outbound.adapter.http.backend.ProtocolKeys.DATE_TIME;
import static dev.outbound.adapter.http.backend.ProtocolKeys.REFERENCE_ID;

import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of a POST, read as its request's parameters. Every getter checks the key's type and form and
 * fails with a {@link ProtocolFailure} (or the domain's own error) naming the key and what was expected.
 */
final class RequestBody {
    private final DesktopRequest request;
    private final ObjectNode json;

    RequestBody(DesktopRequest request, ObjectNode json) {
        this.request = request;
        this.json = json;
    }

    /** The body as it came, for the reference id fingerprint. */
    ObjectNode json() {
        return json;
    }

    /** The request the body belongs to. */
    DesktopRequest request() {
        return request;
    }

    /** Refuses every key but these: requests without field values take only their own keys. */
    void allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (String key : json.propertyNames()) {
            if (!allowed.contains(key)) {
                throw ProtocolFailure.malformed(request.wireName() + " does not take " + key + "; it takes "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** Refuses request keys other than these: in field-carrying bodies, the other keys are field values. */
    void allowRequestKeys(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (String key : json.propertyNames()) {
            if (ProtocolKeys.REQUEST_KEYS.contains(key) && !allowed.contains(key)) {
                throw ProtocolFailure.malformed(request.wireName() + " does not take the request key " + key
                        + "; its request keys are " + String.join(", ", new TreeSet<>(Arrays.asList(keys)))
                        + " and every other key is a field value");
            }
        }
    }

    /** The longest reference id accepted. */
    static final int MAX_REFERENCE_ID_LENGTH = 128;

    /** The request's GSW_REFERENCE_ID; fails when it is missing, not a string, blank or too long. */
    String referenceId() {
        String id = text(REFERENCE_ID);
        if (!isValidReferenceId(id)) {
            throw ProtocolFailure.malformed(REFERENCE_ID + " must be 1 to " + MAX_REFERENCE_ID_LENGTH
                    + " characters, not all white space; was \"" + (id.length() > 40 ? id.substring(0, 40) + "..."
                    : id) + "\"");
        }
        return id;
    }

    /**
     * The reference id if the body has a valid one, whatever else is wrong with it: a refusal echoes it, so that
     * the client can match the refusal to its request.
     */
    Optional<String> readableReferenceId() {
        JsonNode value = json.get(REFERENCE_ID);
        return value != null && value.isString() && isValidReferenceId(value.stringValue())
                ? Optional.of(value.stringValue()) : Optional.empty();
    }

    private static boolean isValidReferenceId(String id) {
        return !id.isBlank() && id.length() <= MAX_REFERENCE_ID_LENGTH;
    }

    AgentId agent() {
        return AgentId.of(text(AGENT_ID));
    }

    CallResult callResult() {
        return CallResult.ofCode(wholeNumber(CALL_RESULT));
    }

    Optional<CallResult> optionalCallResult() {
        return json.has(CALL_RESULT) ? Optional.of(callResult()) : Optional.empty();
    }

    ChainScope chainAttr() {
        String value = text(CHAIN_ATTR);
        return Arrays.stream(ChainScope.values()).filter(scope -> scope.wireName().equals(value)).findFirst()
                .orElseThrow(() -> ProtocolFailure.malformed(CHAIN_ATTR + " must be AllChain or RecordOnly; was \""
                        + value + "\""));
    }

    Callback callback() {
        long seconds = wholeNumber(DATE_TIME);
        if (seconds < 0 || seconds > Instant.MAX.getEpochSecond()) {
            throw ProtocolFailure.malformed(DATE_TIME + " must be seconds since 1970-01-01T00:00:00Z; was "
                    + seconds);
        }
        return new Callback(Instant.ofEpochSecond(seconds), CallbackType.parse(text(CALLBACK_TYPE)));
    }

    RecordHandle recordHandle(String key) {
        long handle = wholeNumber(key);
        if (handle < 1) {
            throw ProtocolFailure.malformed(key + " must be a positive whole number; was " + handle);
        }
        return RecordHandle.of(handle);
    }

    /** Every key that is not a request key, as flat field values (null empties a field). */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        json.properties().forEach(entry -> {
            if (!ProtocolKeys.REQUEST_KEYS.contains(entry.getKey())) {
                try {
                    fields.put(entry.getKey(), WireJson.toValue(entry.getKey(), entry.getValue()));
                } catch (WireFormatException wrong) {
                    throw ProtocolFailure.malformed("field " + wrong.getMessage());
                }
            }
        });
        return fields;
    }

    String text(String key) {
        JsonNode value = json.get(key);
        if (value == null || !value.isString()) {
            throw ProtocolFailure.malformed(request.wireName() + " needs " + key + " as a string; was "
                    + WireJson.describe(value));
        }
        return value.stringValue();
    }

    private long wholeNumber(String key) {
        JsonNode value = json.get(key);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ProtocolFailure.malformed(request.wireName() + " needs " + key + " as a whole number; was "
                    + WireJson.describe(value));
        }
        return value.longValue();
    }
}
