package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ErrorNumbers;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.ErrorKind;
import dev.outbound.domain.OutboundException;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answer of the server: the HTTP status and a JSON body of {@code GSW_*} keys. Success replies name
 * themselves with {@code GSW_USER_EVENT}; failures carry {@code GSW_ERROR}, {@code GSW_ERROR_NUMBER} and
 * {@code GSW_ERROR_CODE}.
 */
record Reply(int status, ObjectNode body) {

    /** A 200 reply whose body starts with {@code GSW_USER_EVENT: event}; callers add their data to it. */
    static Reply ok(String event) {
        return new Reply(200, WireJson.object().put(ProtocolKeys.USER_EVENT, event));
    }

    /** The acknowledgement of a request without data of its own, e.g. RecordRejectAcknowledge. */
    static Reply acknowledged(DesktopRequest request) {
        return ok(request.acknowledgement());
    }

    /** A refusal by the backend or the domain: its code decides number and status. */
    static Reply failure(OutboundException refusal) {
        String text = refusal.getMessage();
        if (refusal.code() == ErrorCode.NO_RECORDS_AVAILABLE
                && !text.startsWith(ProtocolKeys.NO_RECORDS_AVAILABLE_TEXT)) {
            text = ProtocolKeys.NO_RECORDS_AVAILABLE_TEXT + ": " + text;
        }
        return error(status(refusal.kind()), refusal.code(), ErrorNumbers.of(refusal.code()), text);
    }

    /** A request refused by the protocol layer. */
    static Reply failure(ProtocolFailure failure) {
        return error(failure.status(), failure.code(), failure.number(), failure.getMessage());
    }

    /**
     * This reply with {@code GSW_REFERENCE_ID} set to the request's reference id, as every reply to a POST that
     * had one carries it; a copy, so that an answer kept by the {@link ReferenceLedger} never changes.
     */
    Reply withReferenceId(String referenceId) {
        return new Reply(status, body.deepCopy().put(ProtocolKeys.REFERENCE_ID, referenceId));
    }

    /** This reply with the reference id, if there is one; itself otherwise. */
    Reply withReferenceId(Optional<String> referenceId) {
        return referenceId.map(this::withReferenceId).orElse(this);
    }

    /** An unexpected failure of the server; the details are in its log. */
    static Reply internalError() {
        return error(500, ErrorCode.BACKEND_UNAVAILABLE, ErrorNumbers.INTERNAL_ERROR, "the backend server failed "
                + "to answer this request; the failure is in its log");
    }

    private static Reply error(int status, ErrorCode code, int number, String text) {
        return new Reply(status, WireJson.object().put(ProtocolKeys.ERROR, text)
                .put(ProtocolKeys.ERROR_NUMBER, number).put(ProtocolKeys.ERROR_CODE, code.name()));
    }

    /** The HTTP status of a kind of failure: 400, 404, 409, 503. */
    static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
    }
}
