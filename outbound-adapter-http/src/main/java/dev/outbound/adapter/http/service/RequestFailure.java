package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.json.StrictJson;

/**
 * A request the endpoint refuses before it reaches a use case: malformed JSON, an envelope of the wrong shape,
 * an unknown request, parameters of the wrong number or type, a missing token, a body too large. It carries the
 * envelope's {@code errorCode} and the HTTP status; the message says what was wrong and what was expected.
 */
final class RequestFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    RequestFailure(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** The stable errorCode. */
    String code() {
        return code;
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    static RequestFailure malformedJson(String detail) {
        return new RequestFailure("MALFORMED_JSON", 400, "the body is not valid JSON: " + detail);
    }

    static RequestFailure invalidEnvelope(String message) {
        return new RequestFailure("INVALID_ENVELOPE", 400, message);
    }

    static RequestFailure unknownRequest(String request) {
        return new RequestFailure("UNKNOWN_REQUEST", 400, "unknown request " + StrictJson.quote(request)
                + "; system.getAllowedServices lists the requests this server accepts");
    }

    static RequestFailure wrongParameterCount(String request, String expected, int given) {
        return new RequestFailure("WRONG_PARAMETER_COUNT", 400, request + " takes " + expected + "; " + given
                + (given == 1 ? " was" : " were") + " given");
    }

    static RequestFailure invalidParameter(String request, int position, String name, String expected,
                                           String given) {
        return new RequestFailure("INVALID_PARAMETER", 400, request + " parameter " + position + " (" + name
                + ") must be " + expected + "; was " + given);
    }

    static RequestFailure invalidHeader(String header, String expected, String given) {
        return new RequestFailure("INVALID_HEADER", 400, "the " + header + " header must be " + expected + "; was "
                + StrictJson.quote(given));
    }

    static RequestFailure unauthorized(String message) {
        return new RequestFailure("UNAUTHORIZED", 401, message);
    }

    static RequestFailure unsupportedContentEncoding(String given) {
        return new RequestFailure("UNSUPPORTED_CONTENT_ENCODING", 415, "the body is sent with Content-Encoding "
                + StrictJson.quote(given) + "; this server reads only bodies sent as they are: send the JSON without "
                + "a Content-Encoding header (or with identity)");
    }

    static RequestFailure unknownPath(String path) {
        return new RequestFailure("UNKNOWN_PATH", 404, "there is nothing at " + StrictJson.quote(path)
                + "; this server answers POST " + ServiceHandler.SERVICE_PATH + " and GET " + ServiceHandler.EVENTS_PATH
                + ", and serves its web pages with GET");
    }

    static RequestFailure methodNotAllowed(String message) {
        return new RequestFailure("METHOD_NOT_ALLOWED", 405, message);
    }

    static RequestFailure bodyTooLarge(long limit) {
        return new RequestFailure("BODY_TOO_LARGE", 413, "the request body is larger than " + limit + " bytes");
    }

    static RequestFailure tooManyStreams(int limit) {
        return new RequestFailure("TOO_MANY_STREAMS", 429, "this agent already has " + limit
                + " open event streams; close one first");
    }
}
