package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.domain.ErrorCode;

/**
 * A request the server refuses before it reaches the backend: a bad path, method, body or secret, or a reference
 * id reused for another request. It carries the HTTP status, the {@code GSW_ERROR_CODE} and the
 * {@code GSW_ERROR_NUMBER} it is answered with; the message says what was wrong and what was expected.
 */
final class ProtocolFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final ErrorCode code;
    private final int number;

    private ProtocolFailure(int status, ErrorCode code, int number, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.number = number;
    }

    int status() {
        return status;
    }

    ErrorCode code() {
        return code;
    }

    int number() {
        return number;
    }

    static ProtocolFailure malformed(String message) {
        return new ProtocolFailure(400, ErrorCode.INVALID_VALUE, ErrorNumbers.MALFORMED_REQUEST, message);
    }

    static ProtocolFailure unknownResource(String path) {
        return new ProtocolFailure(404, ErrorCode.INVALID_VALUE, ErrorNumbers.UNKNOWN_RESOURCE, "no resource at "
                + path + "; the backend protocol has /agents/{agentId}, /agents/{agentId}/campaigns, "
                + "/agents/{agentId}/calls/{callId}, /agents/{agentId}/events, /campaigns/{campaign}, "
                + "/records/{handle} and /events");
    }

    static ProtocolFailure unknownRequest(DesktopRequest.Resource resource, String given) {
        return new ProtocolFailure(400, ErrorCode.INVALID_VALUE, ErrorNumbers.UNKNOWN_REQUEST, (given == null
                ? "the request needs ?req=<request>" : "unknown request \"" + given + "\"") + "; this resource takes "
                + DesktopRequest.namesFor(resource));
    }

    static ProtocolFailure methodNotAllowed(String what, String expected, String method) {
        return new ProtocolFailure(405, ErrorCode.INVALID_VALUE, ErrorNumbers.METHOD_NOT_ALLOWED, what
                + " is sent with " + expected + ", not " + method);
    }

    static ProtocolFailure bodyTooLarge(long limit) {
        return new ProtocolFailure(413, ErrorCode.INVALID_VALUE, ErrorNumbers.BODY_TOO_LARGE,
                "the request body is larger than " + limit + " bytes");
    }

    static ProtocolFailure unauthorized(String message) {
        return new ProtocolFailure(401, ErrorCode.BACKEND_REFUSED, ErrorNumbers.UNAUTHORIZED, message);
    }

    static ProtocolFailure referenceIdReused(String referenceId) {
        return new ProtocolFailure(409, ErrorCode.BACKEND_REFUSED, ErrorNumbers.REFERENCE_ID_REUSED,
                "GSW_REFERENCE_ID " + referenceId + " was already used by this agent for a different request; "
                        + "every request needs a new reference id, and only a repeat may reuse it");
    }

    /**
     * A request Jetty refused before the protocol handler saw it (a path with a broken escape or bytes that are
     * not UTF-8, a request line or headers it cannot read), with Jetty's status and short reason. A 5xx is the
     * server's own failure and says nothing more, except 505: the client's HTTP version.
     */
    static ProtocolFailure refusedByHttpLayer(int status, String reason) {
        if (status == 505) {
            return new ProtocolFailure(505, ErrorCode.INVALID_VALUE, ErrorNumbers.MALFORMED_REQUEST,
                    "the request's HTTP version is not supported; the backend protocol is HTTP/1.1");
        }
        if (status < 400 || status >= 500) {
            return new ProtocolFailure(status >= 500 ? status : 500, ErrorCode.BACKEND_UNAVAILABLE,
                    ErrorNumbers.INTERNAL_ERROR, "the backend server failed to answer this request; the failure is in "
                    + "its log");
        }
        String said = reason == null || reason.isBlank() ? "" : " (" + shorten(reason) + ")";
        return switch (status) {
            case 405 -> new ProtocolFailure(405, ErrorCode.INVALID_VALUE, ErrorNumbers.METHOD_NOT_ALLOWED,
                    "the request's method is not allowed here" + said);
            case 413 -> new ProtocolFailure(413, ErrorCode.INVALID_VALUE, ErrorNumbers.BODY_TOO_LARGE,
                    "the request is larger than the server accepts" + said);
            default -> new ProtocolFailure(status, ErrorCode.INVALID_VALUE, ErrorNumbers.MALFORMED_REQUEST,
                    "the HTTP request cannot be read" + said + "; expected a request line with a path whose "
                    + "segments and query values are percent-encoded UTF-8 (a % followed by two hexadecimal "
                    + "digits), and well-formed headers");
        };
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "..." : oneLine;
    }

    static ProtocolFailure stillProcessing(String referenceId) {
        return new ProtocolFailure(503, ErrorCode.BACKEND_UNAVAILABLE, ErrorNumbers.STILL_PROCESSING,
                "the first request with GSW_REFERENCE_ID " + referenceId + " is still being processed; "
                        + "repeat it later to get its answer");
    }
}
