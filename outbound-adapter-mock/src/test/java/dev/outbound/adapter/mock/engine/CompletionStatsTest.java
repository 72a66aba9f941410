package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_B;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.START;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.simpleChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UpdateCallCompletionStats and RecordProcessed store the call result and changed fields on the record. */
class CompletionStatsTest {
    private static final String CAMPAIGN = "Stats";

    private final SimulatorFixture sim = new SimulatorFixture(data(preview(CAMPAIGN, simpleChain(1), simpleChain(2))));
    private final RecordHandle held = handle(sim.pull(AGENT_A, CAMPAIGN));

    @AfterEach
    void close() {
        sim.close();
    }

    private CallingListRecord current() {
        return sim.server.chainedRecordRequest(AGENT_A, held).delivered();
    }

    @Test
    void theResultAndCustomFieldsAreVisibleInTheChainBeforeProcessed() {
        sim.server.updateCallCompletionStats(AGENT_A, held, Optional.of(CallResult.BUSY), Map.of("Note", "busy"));

        assertThat(current().callResult()).isEqualTo(CallResult.BUSY);
        assertThat(current().attributes()).containsEntry("Note", "busy");
    }

    @Test
    void systemFieldsChangeTheRecordItself() {
        sim.server.updateCallCompletionStats(AGENT_A, held, Optional.empty(),
                Map.of("GSW_PHONE", "+15559990000", "GSW_UNTIL", 64800L));

        assertThat(current().phone()).isEqualTo("+15559990000");
        assertThat(current().window().untilSeconds()).isEqualTo(64800);
        assertThat(current().callResult()).as("no result given, none changed").isEqualTo(CallResult.UNKNOWN);
    }

    @Test
    void repeatingTheSameStatsChangesNothingMore() {
        sim.server.updateCallCompletionStats(AGENT_A, held, Optional.of(CallResult.BUSY), Map.of("Note", "busy"));
        CallingListRecord once = current();

        sim.server.updateCallCompletionStats(AGENT_A, held, Optional.of(CallResult.BUSY), Map.of("Note", "busy"));

        assertThat(current()).isEqualTo(once);
    }

    @Test
    void statsThatMakeAnInvalidRecordAreRefusedAndChangeNothing() {
        CallingListRecord before = current();

        assertThatThrownBy(() -> sim.server.updateCallCompletionStats(AGENT_A, held, Optional.of(CallResult.OK),
                Map.of("Note", "changed", "GSW_TZ_OFFSET", "east")))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("GSW_TZ_OFFSET");
        assertThat(current()).isEqualTo(before);
    }

    /**
     * The handle and the chain id name the record for the whole session: stats that would change them must be
     * refused, and the agent must still reach the record by its handle.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GSW_RECORD_HANDLE", "GSW_CHAIN_ID"})
    void statsCannotChangeTheKeysThatNameTheRecord(String key) {
        CallingListRecord before = current();

        assertThatThrownBy(() -> sim.server.updateCallCompletionStats(AGENT_A, held, Optional.empty(),
                Map.of(key, 999L))).isInstanceOf(OutboundException.class).hasMessageContaining(key);
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void statsOnAnotherAgentsRecordAreRefusedAndChangeNothing() {
        CallingListRecord before = current();

        assertFails(ErrorCode.RECORD_NOT_FOUND, () -> sim.server.updateCallCompletionStats(AGENT_B, held,
                Optional.of(CallResult.OK), Map.of("Note", "not mine")));
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void processedResultAndFieldsAreStoredAndComeBackWithACallback() {
        sim.server.updateCallCompletionStats(AGENT_A, held, Optional.of(CallResult.BUSY), Map.of("Note", "first"));
        sim.server.recordReschedule(AGENT_A, held, new Callback(START.plus(Duration.ofHours(1)),
                CallbackType.CAMPAIGN));
        sim.server.recordProcessed(AGENT_A, held, CallResult.NO_ANSWER, Map.of("Note", "final"));
        sim.clock.advance(Duration.ofHours(1));

        CallingListRecord back = sim.pull(AGENT_B, CAMPAIGN).chain().find(held).orElseThrow();

        assertThat(back.callResult()).isEqualTo(CallResult.NO_ANSWER);
        assertThat(back.attributes()).containsEntry("Note", "final");
    }
}
