package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_B;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.EVENT_TIMEOUT;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.simpleChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.record.RecordStatus;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record held longer than the stale timeout (10 minutes here, on the simulator's clock) is taken back: it returns
 * to the pool and its agent is told, through recordWithdrawn, on the next sweep.
 */
class StaleTimeoutTest {
    private static final String CAMPAIGN = "Stale";
    private static final Duration TIMEOUT = SimulatorFixture.OPTIONS.staleTimeout();

    private final SimulatorFixture sim = new SimulatorFixture(data(preview(CAMPAIGN, simpleChain(1), simpleChain(2))));

    @AfterEach
    void close() {
        sim.close();
    }

    private void awaitWithdrawn(RecordHandle handle) {
        sim.listener.await(Heard.Withdrawn.class, w -> w.handle().equals(handle), 1, EVENT_TIMEOUT);
    }

    @Test
    void aRecordHeldForTheTimeoutIsWithdrawnFromItsAgent() {
        RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));

        sim.clock.advance(TIMEOUT);

        List<Heard.Withdrawn> withdrawn = sim.listener.await(Heard.Withdrawn.class, w -> true, 1, EVENT_TIMEOUT);
        assertThat(withdrawn).containsExactly(new Heard.Withdrawn(AGENT_A, held));
    }

    @Test
    void aRecordOnACallDoesNotGoStaleUntilTheCallEnds() {
        RecordHandle onCall = handle(sim.pull(AGENT_A, CAMPAIGN));
        RecordHandle idle = handle(sim.pull(AGENT_A, CAMPAIGN));
        sim.server.placeCall(AGENT_A, dev.outbound.domain.interaction.InteractionId.of("call-1"), onCall,
                "+15550000001");
        sim.listener.await(Heard.Connected.class, c -> true, 1, EVENT_TIMEOUT);

        sim.clock.advance(TIMEOUT.plusSeconds(1));
        awaitWithdrawn(idle);

        assertThat(sim.listener.heard(Heard.Withdrawn.class)).extracting(Heard.Withdrawn::handle).containsExactly(idle);
        assertThat(sim.server.chainedRecordRequest(AGENT_A, onCall).delivered().handle()).isEqualTo(onCall);

        sim.server.releaseCall(AGENT_A, dev.outbound.domain.interaction.InteractionId.of("call-1"));
        sim.clock.advance(TIMEOUT.plusSeconds(1));
        awaitWithdrawn(onCall);
    }

    @Test
    void theOldHolderCanNoLongerActOnAWithdrawnRecord() {
        RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));
        sim.clock.advance(TIMEOUT.plusSeconds(1));
        awaitWithdrawn(held);

        assertFails(ErrorCode.RECORD_NOT_FOUND, () -> sim.server.chainedRecordRequest(AGENT_A, held));
        assertFails(ErrorCode.RECORD_NOT_FOUND, () -> sim.server.updateCallCompletionStats(AGENT_A, held,
                Optional.of(CallResult.ANSWER), Map.of()));
        assertFails(ErrorCode.RECORD_NOT_FOUND,
                () -> sim.server.recordProcessed(AGENT_A, held, CallResult.ANSWER, Map.of()));
    }

    @Test
    void aWithdrawnRecordGoesBackToThePoolMarkedStale() {
        DeliveredRecord held = sim.pull(AGENT_A, CAMPAIGN);
        sim.clock.advance(TIMEOUT.plusSeconds(1));
        awaitWithdrawn(handle(held));

        List<DeliveredRecord> again = sim.drain(AGENT_B, CAMPAIGN);

        DeliveredRecord redelivered = again.stream().filter(d -> d.chain().id().equals(held.chain().id()))
                .findFirst().orElseThrow();
        assertThat(redelivered.chain().delivered().status()).isEqualTo(RecordStatus.STALE);
    }

    @Test
    void theTimeoutCountsFromDeliveryForEachRecord() {
        RecordHandle early = handle(sim.pull(AGENT_A, CAMPAIGN));
        sim.clock.advance(Duration.ofMinutes(5));
        RecordHandle late = handle(sim.pull(AGENT_A, CAMPAIGN));

        sim.clock.advance(Duration.ofMinutes(5));
        awaitWithdrawn(early);

        assertThat(sim.server.chainedRecordRequest(AGENT_A, late).delivered().handle()).isEqualTo(late);
        assertThat(sim.listener.heard(Heard.Withdrawn.class)).extracting(Heard.Withdrawn::handle)
                .containsExactly(early);
    }

    @Test
    void aProcessedRecordIsNeverWithdrawn() {
        RecordHandle processed = handle(sim.pull(AGENT_A, CAMPAIGN));
        sim.server.recordProcessed(AGENT_A, processed, CallResult.ANSWER, Map.of());
        RecordHandle stillHeld = handle(sim.pull(AGENT_A, CAMPAIGN));

        sim.clock.advance(TIMEOUT);
        awaitWithdrawn(stillHeld);

        assertThat(sim.listener.heard(Heard.Withdrawn.class)).extracting(Heard.Withdrawn::handle)
                .containsExactly(stillHeld);
    }
}
