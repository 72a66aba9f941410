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

    @Test
    void aClosedStreamFreesItsPlaceOnceTheServerNoticesAtTheNextHeartbeat() throws InterruptedException {
        EventStreamClient first = EventStreamClient.open(service, AGENT1);
        try (EventStreamClient second = EventStreamClient.open(service, AGENT1)) {
            first.close();

            EventStreamClient again = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                again = EventStreamClient.open(service, AGENT1);
                if (again.status() == 200) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(again.status()).isEqualTo(200);
            again.close();
        }
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
