package dev.outbound.adapter.http.service;

import dev.outbound.adapter.http.json.StrictJson;
import dev.outbound.domain.ErrorKind;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.field.FieldUpdateRejectedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The reply envelopes: success with {@code data}, failure with {@code errorMessage} and {@code errorCode}. */
final class Replies {
    private Replies() {}

    /** A reply with its HTTP status. */
    record Reply(int status, ObjectNode body) {}

    static Reply success(Envelope envelope, JsonNode data) {
        ObjectNode body = Json.object().put("request", envelope.request());
        body.set("data", data);
        return new Reply(200, finish(body, envelope.referenceId()));
    }

    static Reply subscribed(Envelope envelope, String subscriptionId) {
        ObjectNode body = Json.object().put("subscriptionId", subscriptionId);
        return new Reply(200, finish(body, envelope.referenceId()));
    }

    static Reply unsubscribed(Envelope envelope) {
        return new Reply(200, finish(Json.object().putNull("data"), envelope.referenceId()));
    }

    static Reply failure(Envelope envelope, RequestFailure failure) {
        return new Reply(failure.status(), failureBody(envelope, failure.getMessage(), failure.code()));
    }

    /** A refusal from the domain or the backend: its code, and its kind decides the status. */
    static Reply failure(Envelope envelope, OutboundException refusal) {
        ObjectNode body = failureBody(envelope, refusal.getMessage(), refusal.code().name());
        if (refusal instanceof FieldUpdateRejectedException rejected) {
            ArrayNode details = body.putArray("errorDetails");
            rejected.violations().forEach(v -> details.add(Json.object().put("field", v.field())
                    .put("errorCode", v.code().name()).put("errorMessage", v.message())));
        }
        return new Reply(status(refusal.kind()), body);
    }

    static Reply internalError(Envelope envelope) {
        return new Reply(500, failureBody(envelope, "the server could not answer this request; the failure is "
                + "logged on the server", "INTERNAL_ERROR"));
    }

    private static ObjectNode failureBody(Envelope envelope, String message, String code) {
        ObjectNode body = Json.object();
        if (envelope != null && envelope.request() != null) {
            // Known request names are short; an unknown one is echoed cut, as messages quote it.
            body.put("request", StrictJson.excerpt(envelope.request()));
        }
        body.put("errorMessage", message).put("errorCode", code);
        return finish(body, envelope == null ? null : envelope.referenceId());
    }

    private static ObjectNode finish(ObjectNode body, JsonNode referenceId) {
        if (referenceId != null) {
            body.set("referenceId", referenceId);
        }
        return body.put("userAgent", "WWE Server").put("protocolVersion", 2);
    }

    static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
    }
}
