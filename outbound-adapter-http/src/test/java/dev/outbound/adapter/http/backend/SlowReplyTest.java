package dev.outbound.adapter.http.backend;

import static dev.outbound.port.contract.ContractScenario.AGENT_A;
import static dev.outbound.port.contract.ContractScenario.AGENT_B;
import static dev.outbound.port.contract.ContractScenario.PREVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.adapter.http.backend.server.TestServers;
import dev.outbound.adapter.mock.SimulatedOutboundContactServer;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.contract.ContractScenario;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server slower than the request timeout: the client repeats with the same reference id, the server makes the
 * repeats wait for the first request instead of doing the work again, and the client reports BACKEND_UNAVAILABLE
 * when its attempts run out, or takes the first answer when it comes in time.
 */
class SlowReplyTest {
    private static final Map<String, String> IMPATIENT = Map.of("request-timeout-ms", "300", "retries", "2",
            "retry-backoff-ms", "50");

    private final ContractScenario scenario = ContractScenario.standard();
    private final SimulatedOutboundContactServer simulator = TestBackends.simulator(scenario,
            new ContractClock(ContractScenario.START));
    private final List<ChainId> allChains = scenario.campaign(PREVIEW).chains().stream().map(Chain::id).toList();
    private Endpoint server;

    @AfterEach
    void stop() {
        server.close();
        simulator.close();
    }

    @Test
    void aRejectSlowerThanEveryAttemptIsUnavailableAndAppliedOnce() throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        ForwardingBackend slow = new ForwardingBackend(simulator) {
            @Override
            public void recordReject(AgentId agent, RecordHandle handle) {
                super.recordReject(agent, handle);
                sleep(1_500);
                finished.countDown();
            }
        };
        server = TestServers.start(slow, 0, TestBackends.SECRET);
        try (OutboundBackend client = TestBackends.client(server.address(), IMPATIENT)) {
            DeliveredRecord held = client.previewRecordRequest(AGENT_A, PREVIEW);

            long start = System.nanoTime();
            assertThatThrownBy(() -> client.recordReject(AGENT_A, Pulls.handle(held)))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("RecordReject")
                    .hasMessageContaining("no answer within 300 ms")
                    .hasMessageContaining("after 3 attempts");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("within the timeout budget")
                    .isLessThan(Duration.ofMillis(1_450));

            assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(slow.rejects).as("three attempts, one reject").hasValue(1);
            assertThat(Pulls.drain(client, AGENT_B, PREVIEW)).as("the chain is back in the pool once")
                    .containsExactlyInAnyOrderElementsOf(allChains);
        }
    }

    @Test
    void aRepeatedPullGetsTheFirstAnswerSoNoRecordIsHeldTwice() {
        AtomicInteger pulls = new AtomicInteger();
        ForwardingBackend slow = new ForwardingBackend(simulator) {
            @Override
            public DeliveredRecord previewRecordRequest(AgentId agent, String campaignName) {
                DeliveredRecord delivered = super.previewRecordRequest(agent, campaignName);
                if (pulls.incrementAndGet() == 1) {
                    sleep(500);
                }
                return delivered;
            }
        };
        server = TestServers.start(slow, 0, TestBackends.SECRET);
        try (OutboundBackend client = TestBackends.client(server.address(), IMPATIENT)) {
            DeliveredRecord first = client.previewRecordRequest(AGENT_A, PREVIEW);

            assertThat(pulls).as("the repeat waited for the first answer").hasValue(1);
            List<ChainId> rest = new ArrayList<>(Pulls.drain(client, AGENT_A, PREVIEW));
            assertThat(rest).doesNotContain(first.chain().id()).hasSize(allChains.size() - 1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
