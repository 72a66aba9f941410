package dev.outbound.adapter.http.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.application.OutboundApplication;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.BackendProvider;
import dev.outbound.port.spi.Endpoint;
import dev.outbound.port.spi.EndpointContext;
import dev.outbound.port.spi.EndpointProvider;
import dev.outbound.port.spi.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The two-process deployment inside one JVM: stack 1 is the in-memory backend behind the backend-server
 * endpoint; stack 2 is the http backend, the application and the agents' service endpoint. An agent finishes a
 * whole record through stack 2's HTTP API, and the record is processed in stack 1's backend. Every part is found
 * through ServiceLoader, as the application finds it, and every hop is real loopback HTTP.
 */
class TwoStacksOverHttpTest {
    private static final String TOKEN = "demo-token-agent1";
    private static final String CAMPAIGN = "Outbound Campaign Custom";
    private static final Clock CLOCK = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ForwardingBackend stack1Backend;
    private OutboundApplication stack1Application;
    private Endpoint stack1Server;
    private OutboundBackend stack2Backend;
    private OutboundApplication stack2Application;
    private Endpoint stack2Service;

    @BeforeEach
    void startBothStacks() {
        BackendProvider mock = backendProvider("mock");
        stack1Backend = new ForwardingBackend(mock.create(Settings.resolve("outbound.backend.mock.",
                mock.settings(), Map.of("dial-delay-ms", "0")), CLOCK));
        stack1Application = OutboundApplication.builder(stack1Backend).clock(CLOCK).build();
        stack1Server = start("backend-server", Map.of("port", "0", "secret", TestBackends.SECRET),
                new EndpointContext(stack1Application.useCases(), stack1Backend, CLOCK));

        BackendProvider httpBackend = backendProvider("http");
        stack2Backend = httpBackend.create(Settings.resolve("outbound.backend.http.", httpBackend.settings(),
                Map.of("url", stack1Server.address(), "secret", TestBackends.SECRET)), CLOCK);
        stack2Application = OutboundApplication.builder(stack2Backend).clock(CLOCK).build();
        stack2Service = start("service", Map.of("port", "0"),
                new EndpointContext(stack2Application.useCases(), stack2Backend, CLOCK));
    }

    @AfterEach
    void stopBothStacks() {
        stack2Service.close();
        stack2Application.close();
        stack2Backend.close();
        stack1Server.close();
        stack1Application.close();
        stack1Backend.close();
    }

    @Test
    void anAgentOfStack2FinishesARecordThatStack1Holds() {
        JsonNode preview = call("outbound.getPreviewRecord", "[\"" + CAMPAIGN + "\"]");
        String previewId = preview.get("interactionId").stringValue();
        long handle = preview.get("recordHandle").longValue();
        assertThat(stack1Backend.chainedRecordRequest(AgentId.of("agent1"), RecordHandle.of(handle)).delivered()
                .handle().value()).as("stack 1 delivered the record to agent1").isEqualTo(handle);

        JsonNode call = call("outbound.callPreviewRecord", "[\"" + previewId + "\"," + handle + "]");
        String callId = call.get("interactionId").stringValue();
        String state = awaitState(callId, List.of("ACTIVE", "COMPLETED"));
        if (state.equals("ACTIVE")) {
            call("voice.hangUp", "[\"" + callId + "\"]");
        }
        call("outbound.setCallResult", "[\"" + callId + "\",\"33\"]");
        call("interaction.markdone", "[\"" + callId + "\"]");

        assertThat(stack1Backend.processed).as("RecordProcessed reached stack 1 once").hasValue(1);
        assertThatThrownBy(() -> stack1Backend.chainedRecordRequest(AgentId.of("agent1"), RecordHandle.of(handle)))
                .isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.RECORD_NOT_FOUND));
        assertThat(call("interaction.getInteractions", "[]")).as("stack 2 closed the interaction").isEmpty();
    }

    private String awaitState(String interactionId, List<String> states) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            String state = call("interaction.getByInteractionId", "[\"" + interactionId + "\"]").get("state")
                    .stringValue();
            if (states.contains(state)) {
                return state;
            }
            assertThat(System.nanoTime()).as("call " + interactionId + " stayed " + state).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** One envelope to stack 2's service; the reply's data, after checking it succeeded. */
    private JsonNode call(String request, String parameters) {
        String envelope = "{\"request\":\"" + request + "\",\"parameters\":" + parameters
                + ",\"referenceId\":\"1\",\"userAgent\":\"WWE Client\",\"protocolVersion\":2}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack2Service.address()
                            + "api/v2/service")).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode reply = WireJson.parseObject(response.body());
            assertThat(response.statusCode()).as(request + " answered " + reply).isEqualTo(200);
            return reply.get("data");
        } catch (IOException e) {
            throw new AssertionError("stack 2 did not answer " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static BackendProvider backendProvider(String name) {
        return ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Endpoint start(String name, Map<String, String> settings, EndpointContext context) {
        EndpointProvider provider = ServiceLoader.load(EndpointProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        return provider.start(Settings.resolve("outbound.endpoint." + name + ".", provider.settings(), settings),
                context);
    }
}
