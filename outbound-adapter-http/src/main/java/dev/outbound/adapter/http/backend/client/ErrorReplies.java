package dev.outbound.adapter.http.backend.client;

import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.port.out.BackendNotFoundException;
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.BackendUnavailableException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a 4xx error reply of the server back into the port's exception with the same {@link ErrorCode}: a
 * not-found code into {@link BackendNotFoundException}, an invalid or conflict code into
 * {@link BackendRefusedException}, an unavailable code into {@link BackendUnavailableException}. A 401 is a
 * refusal (BACKEND_REFUSED): the secret is wrong, and repeating will not help.
 */
final class ErrorReplies {
    private final URI server;

    ErrorReplies(URI server) {
        this.server = server;
    }

    /** The error of a reply body, if it is a protocol error (an object with GSW_ERROR). */
    static Optional<ObjectNode> parse(String body) {
        try {
            ObjectNode json = WireJson.parseObject(body);
            return json.path(ProtocolKeys.ERROR).isString() ? Optional.of(json) : Optional.empty();
        } catch (WireFormatException notJson) {
            return Optional.empty();
        }
    }

    /** The exception for a 4xx reply carrying a protocol error. */
    OutboundException toException(WireRequest request, int status, ObjectNode error) {
        String text = error.get(ProtocolKeys.ERROR).stringValue();
        if (status == 401) {
            return new BackendRefusedException(ErrorCode.BACKEND_REFUSED, "the backend server at " + server
                    + " refused the shared secret (401: " + text + "); check outbound.backend.http.secret");
        }
        ErrorCode code = codeOf(error);
        return switch (code.kind()) {
            case NOT_FOUND -> new BackendNotFoundException(code, text);
            case INVALID, CONFLICT -> new BackendRefusedException(code, text);
            case UNAVAILABLE -> new BackendUnavailableException("the backend server at " + server + " could not "
                    + "answer " + request.describe() + ": " + text);
        };
    }

    /** The code by name; failing that (a newer server), by number; failing that, BACKEND_REFUSED. */
    private static ErrorCode codeOf(JsonNode error) {
        JsonNode name = error.path(ProtocolKeys.ERROR_CODE);
        if (name.isString()) {
            Optional<ErrorCode> byName = Arrays.stream(ErrorCode.values())
                    .filter(code -> code.name().equals(name.stringValue())).findFirst();
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        JsonNode number = error.path(ProtocolKeys.ERROR_NUMBER);
        if (number.isIntegralNumber()) {
            Optional<ErrorCode> byNumber = ErrorNumbers.codeOf(number.longValue());
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
        }
        return ErrorCode.BACKEND_REFUSED;
    }
}
