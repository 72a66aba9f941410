package dev.outbound.adapter.http.backend;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.PREVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event stream drops and comes back: the client reopens it with Last-Event-ID and hears every event once, in
 * the order the backend told it, whether it happened before, during or after the outage. When the server no
 * longer holds what was missed, the client hears what is left, once, after an EventsLost notice.
 */
class EventStreamResumeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(ContractScenario.standard(),
            new ContractClock(ContractScenario.START));
    private final RecordingListener atTheBackend = new RecordingListener();
    private final StreamControl streams = new StreamControl();
    private Endpoint server;

    @AfterEach
    void stop() {
        server.close();
        simulator.close();
    }

    @Test
    void eventsDuringADropArriveOnceAfterIt() throws InterruptedException {
        simulator.subscribe(atTheBackend);
        server = TestServers.start(simulator, 0, TestBackends.SECRET, streams::wrapping);
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of("retry-backoff-ms", "100"))) {
            RecordingListener atTheClient = new RecordingListener();
            client.subscribe(atTheClient);
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);
            call(client, held, "before");
            atTheClient.await(Heard.class, h -> true, 1, WAIT);

            streams.refuse(true);
            streams.dropAll();
            for (int i = 1; i <= 5; i++) {
                call(client, held, "during-" + i);
            }
            atTheBackend.await(Heard.class, h -> true, 6, WAIT);
            Thread.sleep(300);
            assertThat(atTheClient.heard()).as("nothing arrives while the stream is down").hasSize(1);

            streams.refuse(false);
            call(client, held, "after");
            atTheClient.await(Heard.class, h -> true, 7, WAIT);
            Thread.sleep(300);

            assertThat(atTheClient.heard()).as("every event once, in order").isEqualTo(atTheBackend.heard());
            assertThat(streams.opened).as("the stream was reopened").hasSizeGreaterThanOrEqualTo(2);
            assertThat(streams.opened.get(streams.opened.size() - 1)).as("reopened with Last-Event-ID")
                    .matches("[0-9]+");
        }
    }

    @Test
    void whenTheServerNoLongerHoldsTheMissedEventsTheClientHearsTheRestOnce() throws InterruptedException {
        simulator.subscribe(atTheBackend);
        server = TestServers.start(simulator, 0, TestBackends.SECRET, 3, streams::wrapping);
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of("retry-backoff-ms", "100"))) {
            RecordingListener atTheClient = new RecordingListener();
            client.subscribe(atTheClient);
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);
            call(client, held, "before");
            atTheClient.await(Heard.class, h -> true, 1, WAIT);

            streams.refuse(true);
            streams.dropAll();
            for (int i = 1; i <= 6; i++) {
                call(client, held, "during-" + i);
            }
            atTheBackend.await(Heard.class, h -> true, 7, WAIT);
            streams.refuse(false);
            atTheClient.await(Heard.class, h -> true, 4, WAIT);
            Thread.sleep(300);

            List<Heard> all = atTheBackend.heard();
            assertThat(atTheClient.heard()).as("the first event, then the three the server still held")
                    .containsExactly(all.get(0), all.get(4), all.get(5), all.get(6));
        }
    }

    @Test
    void aStreamSilentLongerThanTheIdleTimeoutIsReopenedAndLosesNothing() throws InterruptedException {
        simulator.subscribe(atTheBackend);
        server = TestServers.start(simulator, 0, TestBackends.SECRET, streams::wrapping);
        try (OutboundBackend client = TestBackends.client(server.address(), Map.of(
                "events-idle-timeout-ms", "500", "retry-backoff-ms", "50"))) {
            RecordingListener atTheClient = new RecordingListener();
            client.subscribe(atTheClient);
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);
            call(client, held, "before");
            Thread.sleep(2_500);
            call(client, held, "after");
            atTheClient.await(Heard.class, h -> true, 2, WAIT);
            Thread.sleep(200);

            assertThat(streams.opened).as("the heartbeat (1 s) is slower than the idle timeout: reopened")
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(atTheClient.heard()).isEqualTo(atTheBackend.heard());
        }
    }

    /** Places a call on the held record; the simulator answers at once with one event. */
    private static void call(OutboundBackend client, DeliveredRecord held, String id) {
        client.placeCall(AGENT_A, InteractionId.of(id), Pulls.handle(held), held.chain().delivered().phone());
    }

    /** Wraps the protocol handler: remembers event-stream connections, can drop them and refuse new ones. */
    static final class StreamControl {
        /** The Last-Event-ID of every stream opened ("null" when none was sent). */
        final List<String> opened = new CopyOnWriteArrayList<>();
        private final List<EndPoint> open = new CopyOnWriteArrayList<>();
        private volatile boolean refusing;

        void refuse(boolean refuse) {
            refusing = refuse;
        }

        void dropAll() {
            open.forEach(EndPoint::close);
            open.clear();
        }

        Handler wrapping(Handler protocol) {
            return new Handler.Wrapper(protocol) {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    if (!request.getHttpURI().getPath().equals("/events")) {
                        return super.handle(request, response, callback);
                    }
                    if (refusing) {
                        response.setStatus(503);
                        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
                        Content.Sink.write(response, true, "streams are refused by the test", callback);
                        return true;
                    }
                    opened.add(String.valueOf(request.getHeaders().get("Last-Event-ID")));
                    open.add(request.getConnectionMetaData().getConnection().getEndPoint());
                    return super.handle(request, response, callback);
                }
            };
        }
    }
}
