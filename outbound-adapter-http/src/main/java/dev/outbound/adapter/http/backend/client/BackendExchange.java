package dev.outbound.adapter.http.backend.client;

import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.port.out.BackendUnavailableException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one request to the server and returns its successful reply, or throws the port's exception. An attempt
 * that cannot connect, times out, loses its connection or gets a 5xx is repeated, the same request with the same
 * {@code GSW_REFERENCE_ID}, after a pause that doubles each time; every request of the protocol is safe to repeat
 * (GETs change nothing, the server answers a repeated reference id with its first answer). When the attempts run
 * out the failure is {@link BackendUnavailableException}, naming the server and what happened. 4xx answers are
 * final. Nothing of {@code java.net} or {@code java.io} escapes.
 */
final class BackendExchange {
    private static final Logger LOG = LoggerFactory.getLogger(BackendExchange.class);

    private final HttpClient http;
    private final ClientOptions options;
    private final ErrorReplies errors;
    private final EarliestPosition positions;

    BackendExchange(HttpClient http, ClientOptions options, EarliestPosition positions) {
        this.http = http;
        this.options = options;
        this.errors = new ErrorReplies(options.server());
        this.positions = positions;
    }

    /** The reply body of a 2xx answer. */
    ObjectNode send(WireRequest request) {
        String lastProblem = null;
        int attempts = options.retries() + 1;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                pause(request, attempt);
            }
            Optional<ObjectNode> reply;
            try {
                reply = attempt(request);
            } catch (Retryable problem) {
                lastProblem = problem.getMessage();
                LOG.debug("{} attempt {} of {} failed: {}", request.describe(), attempt + 1, attempts, lastProblem);
                continue;
            }
            return reply.orElseThrow();
        }
        throw new BackendUnavailableException("the backend server at " + options.server() + " did not answer "
                + request.describe() + " after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ")
                + lastProblem);
    }

    private Optional<ObjectNode> attempt(WireRequest request) {
        ContentResponse response = exchange(toHttp(request));
        notePosition(response);
        int status = response.getStatus();
        String body = new String(response.getContent(), StandardCharsets.UTF_8);
        if (status >= 200 && status < 300) {
            try {
                return Optional.of(WireJson.parseObject(body));
            } catch (WireFormatException notJson) {
                throw new BackendUnavailableException("the backend server at " + options.server() + " answered "
                        + request.describe() + " with " + status + " and a body that is not a JSON object ("
                        + contentType(response) + ": " + excerpt(body) + "); is outbound.backend.http.url a "
                        + "backend-protocol server?");
            }
        }
        Optional<ObjectNode> error = ErrorReplies.parse(body);
        if (status >= 500) {
            throw new Retryable("answered " + status + error.map(e -> " (" + e.get("GSW_ERROR").stringValue() + ")")
                    .orElse(" with " + excerpt(body)));
        }
        if (error.isEmpty()) {
            throw new BackendUnavailableException("the backend server at " + options.server() + " answered "
                    + request.describe() + " with " + status + " and a body that is not a backend-protocol error ("
                    + contentType(response) + ": " + excerpt(body) + "); is outbound.backend.http.url right?");
        }
        throw errors.toException(request, status, error.get());
    }

    private ContentResponse exchange(Request httpRequest) {
        try {
            return httpRequest.send();
        } catch (TimeoutException slow) {
            throw new Retryable("no answer within " + options.requestTimeout().toMillis() + " ms");
        } catch (ExecutionException failed) {
            throw new Retryable(describe(failed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("interrupted while waiting for the backend server at "
                    + options.server());
        }
    }

    private void notePosition(ContentResponse response) {
        String position = response.getHeaders().get(ProtocolKeys.EVENT_POSITION_HEADER);
        if (position != null) {
            try {
                positions.offer(Long.parseLong(position.strip()));
            } catch (NumberFormatException ignored) {
                LOG.debug("ignoring the event position \"{}\", which is not a number", position);
            }
        }
    }

    private Request toHttp(WireRequest request) {
        Request http = this.http.newRequest(options.resolve(request.pathAndQuery()))
                .timeout(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .headers(headers -> headers.put(HttpHeader.AUTHORIZATION, "Bearer " + options.secret())
                        .put(HttpHeader.ACCEPT, "application/json"));
        if (request.body() == null) {
            return http.method(HttpMethod.GET);
        }
        return http.method(HttpMethod.POST).body(new StringRequestContent("application/json; charset=utf-8",
                request.body().toString(), StandardCharsets.UTF_8));
    }

    private void pause(WireRequest request, int attempt) {
        try {
            Thread.sleep(options.backoff(attempt).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("interrupted before repeating " + request.describe()
                    + " to the backend server at " + options.server());
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof SocketTimeoutException) {
            return "no connection within " + options.connectTimeout().toMillis() + " ms";
        }
        if (failure instanceof TimeoutException) {
            return "no answer within " + options.requestTimeout().toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "cannot connect (" + (failure.getMessage() == null ? "connection refused" : failure.getMessage())
                    + ")";
        }
        if (failure instanceof EOFException) {
            // Jetty's message here is a dump of its connection's state: say what happened instead
            return "the server closed the connection before the answer was complete";
        }
        if (failure instanceof IOException) {
            return "the connection failed before the answer was complete (" + failure + ")";
        }
        return "the request failed (" + failure + ")";
    }

    private static String contentType(ContentResponse response) {
        String type = response.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type == null ? "no content type" : type;
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "an empty body" : "\"" + (oneLine.length() > 80 ? oneLine.substring(0, 80)
                + "..." : oneLine) + "\"";
    }

    /** An attempt that failed in a way another attempt may not. */
    private static final class Retryable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Retryable(String message) {
            super(message, null, false, false);
        }
    }
}
