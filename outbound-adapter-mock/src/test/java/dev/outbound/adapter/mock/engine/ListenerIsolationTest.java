package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.EVENT_TIMEOUT;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.campaign;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.simpleChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.RecordingListener;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A listener that fails is the listener's problem: the other listeners and the simulator carry on. */
class ListenerIsolationTest {
    private static final String CAMPAIGN = "Listeners";

    private final SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.data(
            List.of(campaign(CAMPAIGN, DialingMode.PREVIEW, CampaignState.STARTED, simpleChain(1), simpleChain(2))),
            List.of(),
            List.of(new DataSet.ScriptedEvent(Duration.ofSeconds(10), CAMPAIGN, CampaignEvent.Type.MODE_CHANGED))));

    @AfterEach
    void close() {
        sim.close();
    }

    /** Throws on everything it is told, and counts how often. */
    private static final class FailingListener implements BackendListener {
        final AtomicInteger calls = new AtomicInteger();

        private RuntimeException fail() {
            calls.incrementAndGet();
            return new IllegalStateException("this listener always fails");
        }

        @Override
        public void recordPushed(AgentId agent, DeliveredRecord record) {
            throw fail();
        }

        @Override
        public void campaignChanged(CampaignEvent event) {
            throw fail();
        }

        @Override
        public void recordWithdrawn(AgentId agent, RecordHandle handle) {
            throw fail();
        }

        @Override
        public void callConnected(AgentId agent, InteractionId callId) {
            throw fail();
        }

        @Override
        public void callEnded(AgentId agent, InteractionId callId, CallResult outcome) {
            throw fail();
        }
    }

    private RecordingListener subscribeAfter(FailingListener failing) {
        sim.server.subscribe(failing);
        RecordingListener later = new RecordingListener();
        sim.server.subscribe(later);
        return later;
    }

    @Test
    void listenersAfterAFailingOneStillHearTheEvent() {
        FailingListener failing = new FailingListener();
        RecordingListener later = subscribeAfter(failing);
        InteractionId call = InteractionId.of("call-1");

        sim.server.placeCall(AGENT_A, call, handle(sim.pull(AGENT_A, CAMPAIGN)), "+15550000001");

        later.await(Heard.Connected.class, c -> c.callId().equals(call), 1, EVENT_TIMEOUT);
        assertThat(failing.calls).hasValue(1);
    }

    @Test
    void theSimulatorKeepsAnnouncingAfterAListenerFailed() {
        FailingListener failing = new FailingListener();
        RecordingListener later = subscribeAfter(failing);
        RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));

        sim.server.placeCall(AGENT_A, InteractionId.of("call-1"), held, "+15550000001");
        later.await(Heard.Connected.class, c -> true, 1, EVENT_TIMEOUT);
        sim.server.releaseCall(AGENT_A, InteractionId.of("call-1"));
        sim.clock.advance(Duration.ofSeconds(10));
        later.await(Heard.CampaignChanged.class, c -> true, 1, EVENT_TIMEOUT);
        sim.clock.advance(SimulatorFixture.OPTIONS.staleTimeout());
        later.await(Heard.Withdrawn.class, w -> w.handle().equals(held), 1, EVENT_TIMEOUT);

        assertThat(failing.calls).hasValue(3);
        assertThat(SimulatorFixture.chainIds(sim.drain(AGENT_A, CAMPAIGN))).as("both chains, the withdrawn one too")
                .containsExactlyInAnyOrder(ChainId.of(1), ChainId.of(2));
    }

    @Test
    void aClosedRegistrationHearsNothingMore() {
        RecordingListener leaving = new RecordingListener();
        OutboundBackend.Registration registration = sim.server.subscribe(leaving);
        RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));

        registration.close();
        sim.server.placeCall(AGENT_A, InteractionId.of("call-1"), held, "+15550000001");
        sim.listener.await(Heard.Connected.class, c -> true, 1, EVENT_TIMEOUT);

        assertThat(leaving.heard()).isEmpty();
    }
}
