package dev.outbound.adapter.http.service;

import static dev.outbound.adapter.http.service.Envelopes.assertRefused;
import static dev.outbound.adapter.http.service.Envelopes.assertServerMarks;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT1;
import static dev.outbound.adapter.http.service.ServiceFixture.AGENT2;
import static dev.outbound.adapter.http.service.ServiceFixture.SEED_CAMPAIGN;
import static dev.outbound.adapter.http.service.ServiceFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.service.EventStreamClient.Event;
import dev.outbound.adapter.http.service.ServiceFixture.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subscriptions as the official client makes them ({@code {"event":"subscribe","data":[...]}} on the service path)
 * and the event stream {@code GET /api/v2/events}: what arrives, in which envelope, for which agent, with how many
 * streams, and what a client that reconnects with {@code Last-Event-ID} gets back.
 */
class EventsOverHttpTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    ServiceFixture service;

    @BeforeEach
    void start() {
        service = new ServiceFixture(Map.of("sweep-interval-ms", "20"), Map.of("max-streams-per-agent", "2",
                "heartbeat-ms", "100"));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private String subscribe(String token, String data) {
        Reply reply = service.post(token, "{\"event\":\"subscribe\",\"data\":" + data + ",\"referenceId\":\"s1\"}");
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().get("subscriptionId").stringValue();
    }

    // ------------------------------------------------------------------------------------------ subscriptions

    @Test
    void subscribeAnswersASubscriptionIdAndNoEventKeyAsTheOfficialClientExpects() {
        Reply reply = service.post(AGENT1, "{\"event\":\"subscribe\",\"data\":[\"outbound\",\"interaction\"],"
                + "\"referenceId\":\"s1\",\"userAgent\":\"WWE Client\",\"protocolVersion\":2}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("subscriptionId").stringValue()).isNotBlank();
        assertThat(body.has("event")).isFalse();
        assertThat(body.has("errorCode")).isFalse();
        assertThat(body.get("referenceId").stringValue()).isEqualTo("s1");
        assertServerMarks(body);
    }

    @Test
    void eachSubscriptionHasItsOwnIdTheSingleTopicFormToo() {
        String first = subscribe(AGENT1, "\"outbound\"");
        String second = subscribe(AGENT1, "[\"interaction\"]");

        assertThat(first).isNotEqualTo(second);
    }

    static Stream<Arguments> badSubscriptions() {
        return Stream.of(
                Arguments.of("{\"event\":\"subscribe\",\"data\":\"calls\"}", 400, "UNKNOWN_TOPIC"),
                Arguments.of("{\"event\":\"subscribe\",\"data\":\"Outbound\"}", 400, "UNKNOWN_TOPIC"),
                Arguments.of("{\"event\":\"subscribe\",\"data\":[\"outbound\",\"voice\"]}", 400, "UNKNOWN_TOPIC"),
                Arguments.of("{\"event\":\"subscribe\"}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"subscribe\",\"data\":[]}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"subscribe\",\"data\":5}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"subscribe\",\"data\":[5]}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"subscribe\",\"data\":{\"topic\":\"outbound\"}}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"unsubscribe\",\"data\":\"999\"}", 404, "UNKNOWN_SUBSCRIPTION"),
                Arguments.of("{\"event\":\"unsubscribe\",\"data\":999}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"unsubscribe\"}", 400, "INVALID_ENVELOPE"),
                Arguments.of("{\"event\":\"Subscribe\",\"data\":\"outbound\"}", 400, "INVALID_ENVELOPE"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badSubscriptions")
    void aSubscriptionToAnUnknownTopicOrOfTheWrongShapeIsRefused(String body, int status, String errorCode) {
        assertRefused(service.post(AGENT1, body), status, errorCode);
    }

    @Test
    void unsubscribeEndsASubscriptionOnceTheSecondTimeItIsUnknown() {
        String subscription = subscribe(AGENT1, "\"interaction\"");

        Reply first = service.post(AGENT1, "{\"event\":\"unsubscribe\",\"data\":\"" + subscription + "\"}");
        Reply second = service.post(AGENT1, "{\"event\":\"unsubscribe\",\"data\":\"" + subscription + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("data").isNull()).isTrue();
        assertRefused(second, 404, "UNKNOWN_SUBSCRIPTION");
    }

    // ------------------------------------------------------------------------------------------ the stream

    @Test
    void theStreamCarriesTheInteractionsLifeAddedUpdatedRemovedInWweEnvelopes() {
        subscribe(AGENT1, "[\"outbound\",\"interaction\"]");
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1)) {
            assertThat(events.status()).isEqualTo(200);

            String preview = id(service.pull(AGENT1, SEED_CAMPAIGN));
            Event added = events.next(WAIT);
            assertThat(added.topic()).isEqualTo("interaction");
            assertThat(added.envelope().get("event").stringValue()).isEqualTo("interaction");
            assertServerMarks(added.envelope());
            assertThat(added.eventType()).isEqualTo("added");
            assertThat(added.interaction().get("interactionId").stringValue()).isEqualTo(preview);
            assertThat(added.interaction().get("state").stringValue()).isEqualTo("PREVIEWING");

            String call = id(service.dial(AGENT1, preview, 283));
            Event previewRemoved = events.next(WAIT);
            Event callAdded = events.next(WAIT);
            Event connected = events.next(WAIT);
            assertThat(List.of(previewRemoved.eventType(), callAdded.eventType(), connected.eventType()))
                    .containsExactly("removed", "added", "updated");
            assertThat(id(previewRemoved.interaction())).isEqualTo(preview);
            assertThat(id(callAdded.interaction())).isEqualTo(call);
            assertThat(connected.interaction().get("state").stringValue()).isEqualTo("ACTIVE");

            service.request(AGENT1, "voice.hangUp", call);
            Event hungUp = events.next(WAIT);
            assertThat(hungUp.eventType()).isEqualTo("updated");
            assertThat(hungUp.interaction().get("state").stringValue()).isEqualTo("COMPLETED");

            service.request(AGENT1, "interaction.markdone", call);
            Event done = events.next(WAIT);
            assertThat(done.eventType()).isEqualTo("removed");
            assertThat(id(done.interaction())).isEqualTo(call);
            assertThat(done.interaction().get("state").stringValue()).isEqualTo("DONE");

            assertThat(List.of(added.id(), previewRemoved.id(), callAdded.id(), connected.id(), hungUp.id(),
                    done.id())).as("numbered in order").isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void directPushPreviewRecordsArriveAsAddedInteractionEvents() {
        subscribe(AGENT1, "[\"interaction\"]");
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1)) {
            service.call(AGENT1, "outbound.startDirectPushPreview");

            Event pushed = events.next(WAIT);

            assertThat(pushed.eventType()).isEqualTo("added");
            assertThat(pushed.interaction().get("campaignName").stringValue()).isEqualTo("Direct Push Renewals");
            assertThat(pushed.interaction().get("mode").stringValue()).isEqualTo("DirectPushPreview");
            assertThat(pushed.interaction().get("record").get("Customer_Name").isString()).isTrue();
        }
    }

    @Test
    void aBrowserPassesTheTokenInTheQueryAsAccessToken() {
        subscribe(AGENT1, "\"interaction\"");
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1, true, null)) {
            assertThat(events.status()).isEqualTo(200);

            service.pull(AGENT1, SEED_CAMPAIGN);

            assertThat(events.next(WAIT).eventType()).isEqualTo("added");
        }
    }

    @Test
    void theStreamIsRefusedWithoutAKnownToken() {
        try (EventStreamClient none = EventStreamClient.open(service, null);
             EventStreamClient badQuery = EventStreamClient.open(service, "not-a-token", true, null);
             EventStreamClient badHeader = EventStreamClient.open(service, "not-a-token")) {
            for (EventStreamClient refused : List.of(none, badQuery, badHeader)) {
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.errorBody().get("errorCode").stringValue()).isEqualTo("UNAUTHORIZED");
            }
        }
    }

    @Test
    void onlySubscribedTopicsAreStreamedAndNothingAfterUnsubscribe() {
        String outboundOnly = subscribe(AGENT1, "\"outbound\"");
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1)) {
            service.pull(AGENT1, SEED_CAMPAIGN);
            assertThat(events.drain(Duration.ofMillis(300))).as("no interaction topic subscribed").isEmpty();

            String interactions = subscribe(AGENT1, "\"interaction\"");
            service.pull(AGENT1, SEED_CAMPAIGN);
            assertThat(events.next(WAIT).eventType()).isEqualTo("added");

            service.post(AGENT1, "{\"event\":\"unsubscribe\",\"data\":\"" + interactions + "\"}");
            service.pull(AGENT1, SEED_CAMPAIGN);
            assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
        }
        assertThat(outboundOnly).isNotBlank();
    }

    @Test
    void campaignEventsArriveOnTheOutboundTopic(@TempDir Path dir) throws IOException {
        service.close();
        service = new ServiceFixture(Map.of("data", dataWithCampaignEventsSoon(dir).toString(),
                "sweep-interval-ms", "20"), Map.of());
        subscribe(AGENT1, "\"outbound\"");
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1)) {
            Event started = events.next(WAIT);

            assertThat(started.topic()).isEqualTo("outbound");
            JsonNode data = started.envelope().get("data");
            assertThat(data.get("eventType").stringValue()).isEqualTo("CampaignStarted");
            assertThat(data.get("campaign").stringValue()).isEqualTo("Customer Survey");
            assertThat(data.get("mode").stringValue()).isEqualTo("Preview");
        }
    }

    /** The bundled data with the Customer Survey started one second after start-up instead of two minutes. */
    private static Path dataWithCampaignEventsSoon(Path dir) throws IOException {
        try (InputStream in = EventsOverHttpTest.class.getResourceAsStream(
                "/dev/outbound/adapter/mock/default-data.json")) {
            ObjectNode data = (ObjectNode) Json.MAPPER.readTree(in);
            ArrayNode events = data.putArray("events");
            events.addObject().put("afterSeconds", 1).put("campaign", "Customer Survey").put("event",
                    "CampaignStarted");
            Path file = dir.resolve("data.json");
            Files.writeString(file, data.toString());
            return file;
        }
    }

    // ------------------------------------------------------------------------------------------ limits

    @Test
    void anAgentMayHoldOnlySoManyStreamsTheNextIsRefusedWith429() {
        try (EventStreamClient first = EventStreamClient.open(service, AGENT1);
             EventStreamClient second = EventStreamClient.open(service, AGENT1);
             EventStreamClient third = EventStreamClient.open(service, AGENT1);
             EventStreamClient otherAgents = EventStreamClient.open(service, AGENT2)) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);

            assertThat(third.status()).isEqualTo(429);
            JsonNode refusal = third.errorBody();
            assertThat(refusal.get("errorCode").stringValue()).isEqualTo("TOO_MANY_STREAMS");
            Envelopes.assertFailureEnvelope(refusal);
            assertThat(otherAgents.status()).as("the limit is per agent").isEqualTo(200);
        }
    }

    /**
     * Found by a reviewer: a stream the client had closed still counted against the agent's limit until a
     * heartbeat write to it failed, 15 to 20 seconds later, so a page reloaded a few times was locked out with 429.
     * Here the heartbeat is five minutes away: only noticing the close can free the places, and it must be prompt.
     */
    @Test
    void aStreamTheClientClosedFreesItsPlaceAtOnceNotAtTheNextHeartbeat() throws IOException, InterruptedException {
        service.close();
        service = new ServiceFixture(Map.of(), Map.of("max-streams-per-agent", "2", "heartbeat-ms", "300000"));
        for (int reload = 1; reload <= 5; reload++) {
            RawStream first = RawStream.openWithin(service, AGENT1, Duration.ofSeconds(2));
            RawStream second = RawStream.openWithin(service, AGENT1, Duration.ofSeconds(2));
            try (EventStreamClient third = EventStreamClient.open(service, AGENT1)) {
                assertThat(third.status()).as("reload %d: the limit holds while both are open", reload)
                        .isEqualTo(429);
            }
            first.close();
            second.close();
        }
        RawStream.openWithin(service, AGENT1, Duration.ofSeconds(2)).close();
    }

    @Test
    void aStreamIsTheConnectionsOnlyAnswerItSaysConnectionClose() throws IOException, InterruptedException {
        try (RawStream stream = RawStream.openWithin(service, AGENT1, Duration.ofSeconds(2))) {
            assertThat(stream.head().toLowerCase(java.util.Locale.ROOT)).contains("connection: close")
                    .contains("content-type: text/event-stream");
        }
    }

    @Test
    void aStreamStillOpenKeepsReceivingEventsWhileAnotherIsClosed() throws IOException, InterruptedException {
        subscribe(AGENT1, "\"interaction\"");
        try (EventStreamClient kept = EventStreamClient.open(service, AGENT1)) {
            RawStream.openWithin(service, AGENT1, Duration.ofSeconds(2)).close();

            service.pull(AGENT1, SEED_CAMPAIGN);

            assertThat(kept.next(WAIT).eventType()).isEqualTo("added");
        }
    }

    /** An event stream on a socket of its own, read up to its greeting; closing it closes the connection. */
    record RawStream(java.net.Socket socket, String head) implements AutoCloseable {
        /** Opens a stream, trying again while it is refused with 429, until {@code patience} has passed. */
        static RawStream openWithin(ServiceFixture service, String token, Duration patience)
                throws IOException, InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (true) {
                RawStream stream = open(service, token);
                if (stream.head().startsWith("HTTP/1.1 200")) {
                    return stream;
                }
                stream.close();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no stream within " + patience + "; the last reply: " + stream.head());
                }
                Thread.sleep(20);
            }
        }

        static RawStream open(ServiceFixture service, String token) throws IOException {
            java.net.URI address = java.net.URI.create(service.address());
            java.net.Socket socket = new java.net.Socket(address.getHost(), address.getPort());
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /api/v2/events HTTP/1.1\r\nHost: " + address.getHost() + ":"
                    + address.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int blankLines = 0;
            for (int c = in.read(); c >= 0; c = in.read()) {
                head.append((char) c);
                if (head.toString().endsWith("\r\n\r\n") || head.toString().endsWith("\n\n")) {
                    blankLines++;
                    if (blankLines == 2 || !head.toString().startsWith("HTTP/1.1 200")) {
                        break;
                    }
                }
            }
            return new RawStream(socket, head.toString());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    // ------------------------------------------------------------------------------------------ credentials

    /** Found with the reviewer's two Authorization headers: the event stream took the first one too. */
    @Test
    void aStreamWithTwoAuthorizationHeadersIsRefused() throws IOException, InterruptedException {
        Reply reply = streamReply(HttpRequest.newBuilder(eventsUri("")).header("Authorization", "Bearer " + AGENT2)
                .header("Authorization", "Bearer bogus").GET().build());

        String message = assertRefused(reply, 401, "UNAUTHORIZED");
        assertThat(message).contains("2 Authorization headers");
    }

    @Test
    void aStreamWithTheTokenBothInTheHeaderAndInTheQueryIsRefused() throws IOException, InterruptedException {
        Reply reply = streamReply(HttpRequest.newBuilder(eventsUri("?access_token=" + AGENT2))
                .header("Authorization", "Bearer " + AGENT1).GET().build());

        String message = assertRefused(reply, 401, "UNAUTHORIZED");
        assertThat(message).contains("send one of them");
    }

    @Test
    void aStreamWithAccessTokenTwiceInTheQueryIsRefused() throws IOException, InterruptedException {
        Reply reply = streamReply(HttpRequest.newBuilder(eventsUri("?access_token=" + AGENT1 + "&access_token=bogus"))
                .GET().build());

        String message = assertRefused(reply, 401, "UNAUTHORIZED");
        assertThat(message).contains("access_token 2 times");
    }

    /** The reply to a request for a stream: its status and envelope; a stream that opens is closed at once. */
    private Reply streamReply(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = service.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return new Reply(response.statusCode(), response.statusCode() == 200
                    ? Json.object().put("opened", "an event stream") : Json.MAPPER.readTree(body.readAllBytes()));
        }
    }

    @Test
    void aVeryLongLastEventIdIsQuotedCut() {
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1, false, "z".repeat(5_000))) {
            assertThat(events.status()).isEqualTo(400);
            assertThat(events.errorBody().get("errorCode").stringValue()).isEqualTo("INVALID_HEADER");
            assertThat(events.errorBody().get("errorMessage").stringValue()).contains("(5000 characters)")
                    .hasSizeLessThan(300);
        }
    }

    private java.net.URI eventsUri(String query) {
        return java.net.URI.create(service.address() + "api/v2/events" + query);
    }

    @Test
    void aLastEventIdThatIsNotANumberIsRefused() {
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1, false, "yesterday")) {
            assertThat(events.status()).isEqualTo(400);
            Envelopes.assertFailureEnvelope(events.errorBody());
            assertThat(events.errorBody().get("errorMessage").stringValue()).contains("Last-Event-ID");
        }
    }

    // ------------------------------------------------------------------------------------------ reconnection

    @Test
    void aClientReconnectingWithLastEventIdGetsTheEventsItMissedExactlyOnceThenLiveOnes() {
        subscribe(AGENT1, "\"interaction\"");
        long lastSeen;
        try (EventStreamClient events = EventStreamClient.open(service, AGENT1)) {
            service.pull(AGENT1, SEED_CAMPAIGN);
            lastSeen = events.next(WAIT).id();
        }

        // While the client is away: three interactions added, one removed.
        String second = id(service.pull(AGENT1, SEED_CAMPAIGN));
        service.pull(AGENT1, SEED_CAMPAIGN);
        service.request(AGENT1, "outbound.rejectPreviewRecord", second);
        service.pull(AGENT1, SEED_CAMPAIGN);

        try (EventStreamClient events = EventStreamClient.open(service, AGENT1, false, Long.toString(lastSeen))) {
            List<Event> missed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                missed.add(events.next(WAIT));
            }
            assertThat(missed).extracting(Event::eventType).containsExactly("added", "added", "removed", "added");
            assertThat(missed).extracting(Event::id).containsExactly(lastSeen + 1, lastSeen + 2, lastSeen + 3,
                    lastSeen + 4);

            String live = id(service.pull(AGENT1, "Preview Sales"));
            Event next = events.next(WAIT);
            assertThat(next.id()).isEqualTo(lastSeen + 5);
            assertThat(id(next.interaction())).isEqualTo(live);
            assertThat(events.drain(Duration.ofMillis(300))).as("nothing twice").isEmpty();
        }
    }

    @Test
    void aNewClientWithoutLastEventIdGetsOnlyWhatHappensFromNowOn() {
        subscribe(AGENT1, "\"interaction\"");
        service.pull(AGENT1, SEED_CAMPAIGN);

        try (EventStreamClient events = EventStreamClient.open(service, AGENT1)) {
            assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
        }
    }
}
