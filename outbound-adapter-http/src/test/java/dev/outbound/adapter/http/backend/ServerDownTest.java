package dev.outbound.adapter.http.backend;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.AGENT_B;
import static dev.outbound.port.contract.ContractScenario.PREVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that is not running, or stops in the middle of the work, is BACKEND_UNAVAILABLE within the client's
 * timeout budget; nothing is applied meanwhile, and once the server is back on its port the same client goes on,
 * requests and events alike, without losing or repeating anything.
 */
class ServerDownTest {
    private static final Map<String, String> QUICK = Map.of("request-timeout-ms", "500", "retries", "2",
            "retry-backoff-ms", "50");
    /** Three attempts of 500 ms, pauses of 50 and 100 ms, and room for a slow machine. */
    private static final Duration BUDGET = Duration.ofMillis(3 * 500 + 150 + 1_000);

    private final ContractScenario scenario = ContractScenario.standard();
    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(scenario,
            new ContractClock(ContractScenario.START));
    private Endpoint server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        simulator.close();
    }

    @Test
    void aServerThatIsNotRunningIsUnavailableWithinTheTimeoutAndUsableOnceItStarts() {
        int port = TestBackends.freePort();
        String url = "http://127.0.0.1:" + port;
        try (OutboundBackend client = TestBackends.client(url, QUICK)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.campaignStatus(AGENT_A))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("the backend server at " + url)
                    .hasMessageContaining("CampaignStatus")
                    .hasMessageContaining("after 3 attempts");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
            assertUnavailable(() -> client.previewRecordRequest(AGENT_A, PREVIEW));
            assertUnavailable(() -> client.recordReject(AGENT_A, RecordHandle.of(1001)));

            server = TestServers.start(simulator, port, TestBackends.SECRET);

            assertThat(Pulls.drain(client, AGENT_B, PREVIEW)).as("nothing was pulled while the server was down")
                    .containsExactlyInAnyOrderElementsOf(scenario.campaign(PREVIEW).chains().stream()
                            .map(Chain::id).toList());
            RecordingListener heard = new RecordingListener();
            client.subscribe(heard);
            client.previewDialingModeStart(AGENT_A);
            heard.await(Heard.Pushed.class, p -> true, 1, Duration.ofSeconds(15));
        }
    }

    @Test
    void aServerStoppedMidRunIsUnavailableAndTheClientGoesOnWhenItIsBackOnItsPort() throws InterruptedException {
        server = TestServers.start(simulator, 0, TestBackends.SECRET);
        int port = TestServers.portOf(server);
        try (OutboundBackend client = TestBackends.client(server.address(), QUICK)) {
            RecordingListener heard = new RecordingListener();
            client.subscribe(heard);
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);

            server.close();
            long start = System.nanoTime();
            assertUnavailable(() -> client.recordReject(AGENT_A, Pulls.handle(held)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
            assertUnavailable(() -> client.campaignStatus(AGENT_A));

            server = TestServers.start(simulator, port, TestBackends.SECRET);

            assertThat(client.chainedRecordRequest(AGENT_A, Pulls.handle(held)).id())
                    .as("the agent still holds its record").isEqualTo(held.chain().id());
            client.recordReject(AGENT_A, Pulls.handle(held));
            assertThat(Pulls.drain(client, AGENT_B, PREVIEW)).as("every chain once: the reject was applied once")
                    .containsExactlyInAnyOrderElementsOf(scenario.campaign(PREVIEW).chains().stream()
                            .map(Chain::id).toList());
            client.previewDialingModeStart(AGENT_A);
            heard.await(Heard.Pushed.class, p -> true, 1, Duration.ofSeconds(15));
            Thread.sleep(300);
            assertThat(heard.heard()).as("one push, heard once").hasSize(1);
        }
    }

    private static void assertUnavailable(Runnable request) {
        assertThatThrownBy(request::run).isInstanceOf(OutboundException.class)
                .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.BACKEND_UNAVAILABLE));
    }
}
