package dev.outbound.adapter.http.client;

import dev.outbound.adapter.http.jetty.JettyClients;
import dev.outbound.adapter.http.json.StrictJson;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.port.spi.AgentDesktop;
import dev.outbound.port.spi.ServiceClient;
import dev.outbound.port.spi.ServiceClientException;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One service, reached with one Jetty HTTP client (HTTP/1.1, connections kept alive and shared by every agent):
 * sends an envelope, returns the reply's {@code data}, and turns a refusal into the exception its
 * {@code errorCode} stands for. Nothing is retried: a request of the Service Client API may change the agent's
 * work, and the service has no way to recognise a repeat.
 */
final class ServiceHttpClient implements ServiceClient {
    private static final Set<String> DOMAIN_CODES = EnumSet.allOf(ErrorCode.class).stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    /** As many connections as agents the bench can run, so that no agent waits for another's connection. */
    private static final int MAX_CONNECTIONS = 1_024;

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    ServiceHttpClient(URI service, Duration timeout) {
        this.endpoint = service.resolve("/api/v2/service");
        this.timeout = timeout;
        try {
            this.http = JettyClients.started("outbound-service-client", timeout, MAX_CONNECTIONS);
        } catch (IllegalStateException e) {
            throw new ServiceClientException(e.getMessage(), e);
        }
    }

    @Override
    public AgentDesktop signIn(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || !bearerToken.strip().equals(bearerToken)
                || bearerToken.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("a bearer token must be printable ASCII without spaces; was "
                    + (bearerToken == null ? "nothing" : "\"" + bearerToken + "\""));
        }
        JsonNode agent;
        try {
            agent = send("Bearer " + bearerToken, "agent.get", List.of());
        } catch (OutboundException refused) {
            throw new ServiceClientException(endpoint + " refused agent.get: " + refused.getMessage());
        }
        JsonNode id = agent.path("agentId");
        if (!id.isString()) {
            throw new ServiceClientException(endpoint + " answered agent.get without a string agentId");
        }
        return new HttpAgentDesktop(AgentId.of(id.stringValue()), "Bearer " + bearerToken, this);
    }

    /**
     * Sends one request and returns its {@code data} ({@code null} node for requests that only change something).
     *
     * @param parameters strings and whole numbers ({@code Long}), by position
     * @throws OutboundException      when the service refused the request with one of the domain's codes
     * @throws ServiceClientException for everything else that is not an answer
     */
    JsonNode send(String authorization, String request, List<Object> parameters) {
        if (!http.isRunning()) {
            throw new ServiceClientException("the client of " + endpoint + " is closed");
        }
        ContentResponse response;
        try {
            response = http.newRequest(endpoint).method(HttpMethod.POST)
                    .headers(headers -> headers.put(HttpHeader.AUTHORIZATION, authorization))
                    .body(new BytesRequestContent("application/json", envelope(request, parameters)))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).send();
        } catch (TimeoutException e) {
            throw new ServiceClientException(request + " to " + endpoint + " got no answer within " + timeout, e);
        } catch (ExecutionException e) {
            throw new ServiceClientException(request + " to " + endpoint + " failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceClientException(request + " to " + endpoint + " was interrupted", e);
        }
        JsonNode reply = read(request, response.getStatus(), response.getContent());
        if (response.getStatus() == 200 && reply.has("data")) {
            return reply.get("data");
        }
        throw refusal(request, response.getStatus(), reply);
    }

    private static byte[] envelope(String request, List<Object> parameters) {
        ObjectNode envelope = StrictJson.MAPPER.createObjectNode().put("request", request);
        ArrayNode values = envelope.putArray("parameters");
        for (Object parameter : parameters) {
            if (parameter instanceof String text) {
                values.add(text);
            } else if (parameter instanceof Long number) {
                values.add(number.longValue());
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + parameter.getClass());
            }
        }
        return StrictJson.MAPPER.writeValueAsBytes(envelope);
    }

    private JsonNode read(String request, int status, byte[] body) {
        try {
            JsonNode reply = StrictJson.MAPPER.readTree(body);
            if (reply != null && reply.isObject()) {
                return reply;
            }
        } catch (JacksonException notJson) {
            // reported below
        }
        throw new ServiceClientException(endpoint + " answered " + request + " with status " + status
                + " and a body that is not a JSON envelope");
    }

    private RuntimeException refusal(String request, int status, JsonNode reply) {
        String code = reply.path("errorCode").isString() ? reply.get("errorCode").stringValue() : "";
        String message = reply.path("errorMessage").isString() ? reply.get("errorMessage").stringValue() : "";
        if (DOMAIN_CODES.contains(code) && !message.isBlank()) {
            return new OutboundException(ErrorCode.valueOf(code), message);
        }
        return new ServiceClientException(endpoint + " refused " + request + " with status " + status
                + (code.isEmpty() ? "" : " and " + code) + (message.isEmpty() ? "" : ": " + message));
    }

    /** Closes the connections and stops the client's threads; requests sent afterwards fail. */
    @Override
    public void close() {
        try {
            http.stop();
        } catch (Exception e) {
            throw new ServiceClientException("the HTTP client for " + endpoint + " did not stop cleanly: " + e, e);
        }
    }
}
