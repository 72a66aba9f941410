package dev.outbound.adapter.http.backend.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.http.backend.ForwardingBackend;
import dev.outbound.adapter.http.backend.TestBackends;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.spi.Endpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two event streams: {@code GET /events} carries every agent's events (what Outbound's own client reads, one
 * stream per process); {@code GET /agents/{agentId}/events} carries that agent's events and those that name no
 * agent (campaign events), in the same SSE form, with the same ids, and replays after {@code Last-Event-ID} only
 * what the agent's stream would have carried.
 */
class AgentEventStreamTest {
    private static final AgentId A = AgentId.of("team/alpha a+b");
    private static final AgentId B = ContractScenario.AGENT_B;
    private static final String A_EVENTS = "/agents/team%2Falpha%20a+b/events";

    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(ContractScenario.standard(),
            new ContractClock(ContractScenario.START));
    private final List<BackendListener> relays = new ArrayList<>();
    private final Endpoint server = TestServers.start(new ForwardingBackend(simulator) {
        @Override
        public Registration subscribe(BackendListener listener) {
            relays.add(listener);
            return super.subscribe(listener);
        }
    }, 0, TestBackends.SECRET);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Stream> opened = new ArrayList<>();

    /** One SSE frame: its id, event name and data (null when the frame had none). */
    private record Frame(String id, String event, String data) {}

    @AfterEach
    void stop() {
        opened.forEach(Stream::close);
        server.close();
        simulator.close();
    }

    /** Tells the server's relay what a backend would push: calls of A and B and a campaign event. */
    private void push() {
        BackendListener relay = relays.get(0);
        relay.callConnected(A, InteractionId.of("a1"));
        relay.callConnected(B, InteractionId.of("b1"));
        relay.campaignChanged(new CampaignEvent(CampaignEvent.Type.STOPPED,
                ContractScenario.standard().campaign(ContractScenario.PREVIEW).campaign()));
        relay.callEnded(A, InteractionId.of("a1"), CallResult.ANSWER);
    }

    @Test
    void anAgentsStreamCarriesItsEventsAndThoseOfNoAgentAndTheAllAgentsStreamCarriesEveryEvent() {
        Stream mine = open(A_EVENTS, null);
        Stream all = open("/events", null);
        Frame minePosition = mine.next();
        Frame allPosition = all.next();
        assertThat(minePosition.data()).as("a position frame first").isNull();
        assertThat(minePosition.id()).isEqualTo(allPosition.id());

        push();

        List<Frame> everything = all.next(4);
        assertThat(everything).extracting(Frame::event)
                .containsExactly("CallConnected", "CallConnected", "CampaignStopped", "CallEnded");
        List<Frame> agents = mine.next(3);
        assertThat(agents).as("B's call is left out; the ids are the all-agents stream's")
                .containsExactly(everything.get(0), everything.get(2), everything.get(3));
        assertThat(WireJson.parseObject(agents.get(0).data()).get("GSW_AGENT_ID").stringValue())
                .isEqualTo(A.value());
        assertThat(mine.nothingWithin(Duration.ofMillis(300))).as("nothing more for A").isTrue();
    }

    @Test
    void anAgentsStreamReplaysAfterLastEventIdOnlyWhatItWouldHaveCarried() {
        String position = open("/events", null).next().id();
        push();

        List<Frame> replayed = open("/agents/" + B.value() + "/events", position).next(2);
        List<Frame> all = open("/events", position).next(4);

        assertThat(replayed).extracting(Frame::event).containsExactly("CallConnected", "CampaignStopped");
        assertThat(replayed).containsExactly(all.get(1), all.get(2));
        assertThat(WireJson.parseObject(replayed.get(0).data()).get("GSW_AGENT_ID").stringValue())
                .isEqualTo(B.value());
    }

    @Test
    void anAgentsStreamTakesOnlyGet() {
        WireClient.Answer answer = new WireClient(server.address()).post(A_EVENTS, "{}");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.number()).isEqualTo(903);
        assertThat(answer.error()).contains("the event stream of agent " + A.value(), "GET");
    }

    private Stream open(String path, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.address() + path))
                .header("Authorization", "Bearer " + TestBackends.SECRET).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("text/event-stream"));
            Stream stream = new Stream(response.body());
            opened.add(stream);
            return stream;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An open stream read on a thread of its own, frame by frame (comments skipped). */
    private static final class Stream {
        private final InputStream body;
        private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();

        Stream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "test-sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String event = null;
                String data = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (id != null || data != null) {
                            frames.add(new Frame(id, event, data));
                        }
                        id = null;
                        event = null;
                        data = null;
                    } else if (line.startsWith("id: ")) {
                        id = line.substring(4);
                    } else if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data = line.substring(6);
                    }
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }

        Frame next() {
            try {
                Frame frame = frames.poll(10, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new AssertionError("no frame within 10 s");
                }
                return frame;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        List<Frame> next(int count) {
            List<Frame> read = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                read.add(next());
            }
            return read;
        }

        boolean nothingWithin(Duration wait) {
            try {
                return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void close() {
            try {
                body.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
