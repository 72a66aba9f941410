package dev.outbound.adapter.http.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import tools.jackson.databind.JsonNode;

/**
 * What every reply of the service looks like, as the official client expects it: a success carries the request's
 * name, {@code data}, the client's {@code referenceId}, {@code userAgent} "WWE Server" and {@code protocolVersion} 2;
 * a failure carries {@code errorCode} and {@code errorMessage} instead of {@code data}, with the HTTP status of its
 * kind.
 */
final class Envelopes {
    private Envelopes() {}

    /** A success envelope for {@code request} sent with referenceId "r1" (as {@link ServiceFixture#call} does). */
    static JsonNode assertSuccess(Reply reply, String request) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("request").stringValue()).isEqualTo(request);
        assertThat(body.has("data")).as("a success carries data: %s", body).isTrue();
        assertThat(body.has("errorCode") || body.has("errorMessage")).as("no error in %s", body).isFalse();
        assertThat(body.get("referenceId").stringValue()).isEqualTo("r1");
        assertServerMarks(body);
        return body.get("data");
    }

    /** A failure envelope with this status and errorCode; answers the errorMessage. */
    static String assertRefused(Reply reply, int status, String errorCode) {
        JsonNode body = reply.body();
        assertThat(reply.errorCode()).as("errorCode of %s", body).isEqualTo(errorCode);
        assertThat(reply.status()).as("status of %s", body).isEqualTo(status);
        assertFailureEnvelope(body);
        return body.get("errorMessage").stringValue();
    }

    /** Any failure envelope: errorCode, a message a person can read, the server's marks, and no data. */
    static void assertFailureEnvelope(JsonNode body) {
        assertThat(body.isObject()).as("a JSON object: %s", body).isTrue();
        assertThat(body.has("errorCode") && body.get("errorCode").isString()).as("errorCode in %s", body).isTrue();
        assertThat(body.get("errorCode").stringValue()).matches("[A-Z][A-Z_]*");
        assertThat(body.has("errorMessage") && body.get("errorMessage").isString()).as("errorMessage in %s", body)
                .isTrue();
        assertThat(body.get("errorMessage").stringValue()).isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(body.has("data")).as("a failure carries no data: %s", body).isFalse();
        assertServerMarks(body);
    }

    /** A message for people: no Java class, no library feature, no backticks, no markup. */
    static void assertPlainSentence(String message) {
        assertThat(message).doesNotContain("`", "tools.jackson", "org.eclipse", "Feature", "JsonToken", "JsonNode",
                "Source:", "REDACTED", "#UNKNOWN", "StreamReadConstraints", "Exception", "CTRL-CHAR", "<");
        assertThat(message).as("no qualified Java name").doesNotMatch("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Z].*");
    }

    static void assertServerMarks(JsonNode body) {

        assertThat(body.get("userAgent").stringValue()).isEqualTo("WWE Server");
        assertThat(body.get("protocolVersion").intValue()).isEqualTo(2);
    }
}
