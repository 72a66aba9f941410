package dev.outbound.adapter.http.service;

import dev.outbound.application.OutboundApplication;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real service on a free loopback port, over the in-memory backend with its bundled data, found through
 * ServiceLoader as the app finds them; and a small HTTP client to talk to it as any client would.
 */
public final class ServiceFixture implements AutoCloseable {
    public static final String AGENT1 = "demo-token-agent1";
    public static final String AGENT2 = "demo-token-agent2";
    public static final String SEED_CAMPAIGN = "Outbound Campaign Custom";

    private final OutboundBackend backend;
    private final OutboundApplication application;
    private final Endpoint endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A reply: status and body. */
    public record Reply(int status, JsonNode body) {
        /** The reply's data. */
        public JsonNode data() {
            return body.get("data");
        }

        /** The reply's errorCode, or null on success. */
        public String errorCode() {
            return body.has("errorCode") ? body.get("errorCode").stringValue() : null;
        }
    }

    public ServiceFixture() {
        this(Map.of(), Map.of());
    }

    /** With backend and endpoint settings besides the defaults (dial delay 0, port 0). */
    public ServiceFixture(Map<String, String> backendSettings, Map<String, String> endpointSettings) {
        this(backendSettings, endpointSettings, UnaryOperator.identity());
    }

    /**
     * With backend and endpoint settings, and application options (for example the offered call results) set on
     * the application's builder by {@code applicationOptions}.
     */
    public ServiceFixture(Map<String, String> backendSettings, Map<String, String> endpointSettings,
                          UnaryOperator<OutboundApplication.Builder> applicationOptions) {
        Clock clock = Clock.systemUTC();
        BackendProvider mock = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("mock")).findFirst().orElseThrow();
        Map<String, String> backendGiven = new HashMap<>(Map.of("dial-delay-ms", "0"));
        backendGiven.putAll(backendSettings);
        backend = mock.create(Settings.resolve("outbound.backend.mock.", mock.settings(), backendGiven), clock);
        application = applicationOptions.apply(OutboundApplication.builder(backend).clock(clock)).build();
        EndpointProvider service = ServiceLoader.load(EndpointProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("service")).findFirst().orElseThrow();
        Map<String, String> endpointGiven = new HashMap<>(Map.of("port", "0"));
        endpointGiven.putAll(endpointSettings);
        endpoint = service.start(Settings.resolve("outbound.endpoint.service.", service.settings(), endpointGiven),
                new EndpointContext(application.useCases(), backend, clock));
    }

    /** The service's base address, e.g. http://127.0.0.1:41234/ */
    public String address() {
        return endpoint.address();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The in-memory backend behind the service, for tests that change something behind the agents' backs. */
    public OutboundBackend backend() {
        return backend;
    }

    /** Sends an envelope for {@code request} with parameters given as JSON array text. */
    public Reply call(String token, String request, String parametersJson) {
        return post(token, "{\"request\":\"" + request + "\",\"parameters\":" + parametersJson
                + ",\"referenceId\":\"r1\",\"userAgent\":\"WWE Client\",\"protocolVersion\":2}");
    }

    /** Sends a request without parameters. */
    public Reply call(String token, String request) {
        return post(token, "{\"request\":\"" + request + "\",\"referenceId\":\"r1\"}");
    }

    /** Posts a raw body to the service path. */
    public Reply post(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address() + "api/v2/service"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** Sends any request and reads a JSON reply. */
    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), Json.MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("the service did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    /** Pulls the seed campaign's record for the agent and returns its interaction id. */
    public String pullSeedRecord(String token) {
        Reply reply = call(token, "outbound.getPreviewRecord", "[\"" + SEED_CAMPAIGN + "\"]");
        if (reply.status() != 200) {
            throw new IllegalStateException("pull failed: " + reply.body());
        }
        return reply.data().get("interactionId").stringValue();
    }

    /** Waits until the interaction's state is one of {@code states}; returns the interaction. */
    public JsonNode awaitState(String token, String interactionId, String... states) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Reply reply = call(token, "interaction.getByInteractionId", "[\"" + interactionId + "\"]");
            String state = reply.data() == null ? "gone" : reply.data().get("state").stringValue();
            if (java.util.List.of(states).contains(state)) {
                return reply.data();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("interaction " + interactionId + " stayed " + state);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers for tests

    /** Parameters as JSON array text, from Java values (strings, numbers, booleans, null, maps, lists). */
    public static String params(Object... values) {
        return Json.MAPPER.writeValueAsString(Arrays.asList(values));
    }

    /** Sends an envelope for {@code request} with the given parameters (see {@link #params}). */
    public Reply request(String token, String request, Object... parameters) {
        return call(token, request, params(parameters));
    }

    /** The agent's open interactions, as {@code interaction.getInteractions} answers them. */
    public JsonNode interactions(String token) {
        Reply reply = call(token, "interaction.getInteractions");
        if (reply.status() != 200) {
            throw new IllegalStateException("getInteractions failed: " + reply.body());
        }
        return reply.data();
    }

    /** Pulls a record of {@code campaign}; answers the new preview interaction. */
    public JsonNode pull(String token, String campaign) {
        Reply reply = request(token, "outbound.getPreviewRecord", campaign);
        if (reply.status() != 200) {
            throw new IllegalStateException("pull from " + campaign + " failed: " + reply.body());
        }
        return reply.data();
    }

    /**
     * Pulls seed-campaign records until the one delivered is {@code handle} (the seed chains: 283/284 in ACT, 285 in
     * CET, 286/287 in EST, 288 in AEST), rejecting the others, which go back to the end of the queue.
     */
    public JsonNode pullSeedHandle(String token, long handle) {
        for (int attempt = 0; attempt < 8; attempt++) {
            JsonNode preview = pull(token, SEED_CAMPAIGN);
            if (preview.get("recordHandle").longValue() == handle) {
                return preview;
            }
            Reply rejected = request(token, "outbound.rejectPreviewRecord", id(preview));
            if (rejected.status() != 200) {
                throw new IllegalStateException("reject failed: " + rejected.body());
            }
        }
        throw new IllegalStateException("record " + handle + " was not delivered");
    }

    /** Dials {@code handle} of the preview and waits until the call has connected or failed; answers the call. */
    public JsonNode dial(String token, String previewId, long handle) {
        Reply reply = request(token, "outbound.callPreviewRecord", previewId, handle);
        if (reply.status() != 200) {
            throw new IllegalStateException("callPreviewRecord failed: " + reply.body());
        }
        return awaitState(token, reply.data().get("interactionId").stringValue(), "ACTIVE", "COMPLETED");
    }

    /** Pulls {@code handle} of the seed campaign and dials it; the seed numbers answer, so the call is ACTIVE. */
    public String answeredSeedCall(String token, long handle) {
        JsonNode preview = pullSeedHandle(token, handle);
        JsonNode call = dial(token, id(preview), handle);
        if (!call.get("state").stringValue().equals("ACTIVE")) {
            throw new IllegalStateException("the call did not connect: " + call);
        }
        return id(call);
    }

    /** An answered call of the seed campaign, hung up: the call is COMPLETED, ready for wrap-up. */
    public String completedSeedCall(String token, long handle) {
        String call = answeredSeedCall(token, handle);
        Reply hungUp = request(token, "voice.hangUp", call);
        if (hungUp.status() != 200) {
            throw new IllegalStateException("hangUp failed: " + hungUp.body());
        }
        return call;
    }

    /** The interaction id of an interaction as the service shows it. */
    public static String id(JsonNode interaction) {
        return interaction.get("interactionId").stringValue();
    }

    /**
     * Everything the agent can read about its open interactions: each interaction as {@code getInteractions} shows
     * it (without the customer's clock, which moves), with its {@code getByInteractionId}, {@code getRecordFields}
     * and {@code getCallResult} answers. Two snapshots are equal when no request changed anything.
     */
    public ObjectNode agentState(String token) {
        ObjectNode state = Json.object();
        for (JsonNode interaction : interactions(token)) {
            String id = id(interaction);
            ObjectNode entry = state.putObject(id);
            entry.set("listed", withoutClock(interaction));
            entry.set("byId", withoutClock(request(token, "interaction.getByInteractionId", id).body()));
            entry.set("fields", request(token, "outbound.getRecordFields", id).body());
            entry.set("callResult", request(token, "outbound.getCallResult", id).body());
        }
        return state;
    }

    /** The interaction ids of the agent's open interactions. */
    public List<String> interactionIds(String token) {
        List<String> ids = new ArrayList<>();
        interactions(token).forEach(i -> ids.add(id(i)));
        return ids;
    }

    private static JsonNode withoutClock(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("timeZone") instanceof ObjectNode zone) {
                zone.remove("customerTime");
            }
            object.properties().forEach(e -> strip(e.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(ServiceFixture::strip);
        }
    }

    @Override
    public void close() {
        endpoint.close();
        application.close();
        backend.close();
    }
}
