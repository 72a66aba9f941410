package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_B;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.EVENT_TIMEOUT;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.START;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.campaign;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.simpleChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.contract.RecordingListener.Heard;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Push preview: an agent who sent PreviewDialingModeStart is pushed records of the started push campaigns, one at
 * a time, the next when the current one is let go, none after PreviewDialingModeOver.
 *
 * <p>To show that something did <em>not</em> happen without waiting an arbitrary time, the data scripts a
 * CampaignModeChanged event (which changes nothing) on a campaign named {@value #MARKER} at every second.
 * {@link #awaitTwoSweeps()} moves the clock one second twice and waits each time for that second's event: the sweep
 * that announced the first had finished offering records to waiting agents before the second was announced, and
 * listeners hear everything in order, so any push it made has been heard.
 */
class PushPreviewTest {
    private static final String PUSH = "Push";
    private static final String MARKER = "Marker";
    private static final int MARKER_SECONDS = 900;

    private final SimulatorFixture sim = new SimulatorFixture(pushData(DialingMode.DIRECT_PUSH_PREVIEW,
            CampaignState.STARTED));

    @AfterEach
    void close() {
        sim.close();
    }

    static DataSet pushData(DialingMode mode, CampaignState state) {
        List<DataSet.ScriptedEvent> events = new ArrayList<>();
        IntStream.rangeClosed(1, MARKER_SECONDS).forEach(second -> events.add(new DataSet.ScriptedEvent(
                Duration.ofSeconds(second), MARKER, CampaignEvent.Type.MODE_CHANGED)));
        return SimulatorFixture.data(List.of(
                        campaign(PUSH, mode, state, simpleChain(1), simpleChain(2), simpleChain(3)),
                        campaign(MARKER, DialingMode.PREVIEW, CampaignState.LOADED)),
                List.of(), events);
    }

    private void awaitTwoSweeps() {
        awaitTwoSweeps(sim);
    }

    private static void awaitTwoSweeps(SimulatorFixture simulator) {
        for (int i = 0; i < 2; i++) {
            simulator.clock.advance(Duration.ofSeconds(1));
            long due = Duration.between(START, simulator.clock.instant()).getSeconds();
            assertThat(due).as("marker events left").isLessThanOrEqualTo(MARKER_SECONDS);
            simulator.listener.await(Heard.CampaignChanged.class,
                    c -> c.event().campaign().name().equals(MARKER), (int) due, EVENT_TIMEOUT);
        }
    }

    private List<Heard.Pushed> pushesTo(AgentId agent) {
        return sim.listener.heard(Heard.Pushed.class).stream().filter(p -> p.agent().equals(agent)).toList();
    }

    private List<Heard.Pushed> awaitPushes(AgentId agent, int count) {
        return sim.listener.await(Heard.Pushed.class, p -> p.agent().equals(agent), count, EVENT_TIMEOUT);
    }

    @Test
    void anAgentWhoStartsIsPushedARecordOfThePushCampaign() {
        sim.server.previewDialingModeStart(AGENT_A);

        DeliveredRecord pushed = awaitPushes(AGENT_A, 1).get(0).record();

        assertThat(pushed.campaign().name()).isEqualTo(PUSH);
        assertThat(sim.server.chainedRecordRequest(AGENT_A, handle(pushed)).id()).isEqualTo(pushed.chain().id());
    }

    @Test
    void onlyAgentsWhoStartedArePushedRecords() {
        sim.server.previewDialingModeStart(AGENT_A);
        awaitPushes(AGENT_A, 1);

        awaitTwoSweeps();

        assertThat(pushesTo(AGENT_B)).isEmpty();
    }

    @Test
    void recordsArePushedOneAtATime() {
        sim.server.previewDialingModeStart(AGENT_A);
        awaitPushes(AGENT_A, 1);

        awaitTwoSweeps();

        assertThat(pushesTo(AGENT_A)).hasSize(1);
    }

    @Test
    void twoStartedAgentsArePushedDifferentChains() {
        sim.server.previewDialingModeStart(AGENT_A);
        sim.server.previewDialingModeStart(AGENT_B);

        DeliveredRecord toA = awaitPushes(AGENT_A, 1).get(0).record();
        DeliveredRecord toB = awaitPushes(AGENT_B, 1).get(0).record();

        assertThat(toA.chain().id()).isNotEqualTo(toB.chain().id());
    }

    @Test
    void aRejectedPushedRecordLeadsToTheNextPush() {
        sim.server.previewDialingModeStart(AGENT_A);
        DeliveredRecord first = awaitPushes(AGENT_A, 1).get(0).record();

        sim.server.recordReject(AGENT_A, handle(first));

        DeliveredRecord second = awaitPushes(AGENT_A, 2).get(1).record();
        assertThat(second.chain().id()).isNotEqualTo(first.chain().id());
    }

    @Test
    void aStalePushedRecordIsWithdrawnAndLeadsToTheNextPush() {
        sim.server.previewDialingModeStart(AGENT_A);
        DeliveredRecord first = awaitPushes(AGENT_A, 1).get(0).record();

        sim.clock.advance(SimulatorFixture.OPTIONS.staleTimeout());

        sim.listener.await(Heard.Withdrawn.class, w -> w.handle().equals(handle(first)), 1, EVENT_TIMEOUT);
        DeliveredRecord second = awaitPushes(AGENT_A, 2).get(1).record();
        assertThat(second.chain().id()).isNotEqualTo(first.chain().id());
    }

    @Test
    void afterStopNoMoreRecordsArePushed() {
        sim.server.previewDialingModeStart(AGENT_A);
        DeliveredRecord first = awaitPushes(AGENT_A, 1).get(0).record();

        sim.server.previewDialingModeOver(AGENT_A);
        sim.server.recordReject(AGENT_A, handle(first));
        awaitTwoSweeps();

        assertThat(pushesTo(AGENT_A)).hasSize(1);
    }

    @Test
    void aRecordPushedBeforeStopStaysWithTheAgent() {
        sim.server.previewDialingModeStart(AGENT_A);
        DeliveredRecord first = awaitPushes(AGENT_A, 1).get(0).record();

        sim.server.previewDialingModeOver(AGENT_A);

        assertThat(sim.server.chainedRecordRequest(AGENT_A, handle(first)).id()).isEqualTo(first.chain().id());
    }

    @Test
    void anAgentWhoStartsAgainIsPushedAgain() {
        sim.server.previewDialingModeStart(AGENT_A);
        DeliveredRecord first = awaitPushes(AGENT_A, 1).get(0).record();
        sim.server.previewDialingModeOver(AGENT_A);
        sim.server.recordProcessed(AGENT_A, handle(first), CallResult.ANSWER, Map.of());

        sim.server.previewDialingModeStart(AGENT_A);

        assertThat(awaitPushes(AGENT_A, 2).get(1).record().chain().id()).isNotEqualTo(first.chain().id());
    }

    @Test
    void aLoadedPushCampaignPushesNothing() {
        try (SimulatorFixture loaded = new SimulatorFixture(pushData(DialingMode.DIRECT_PUSH_PREVIEW,
                CampaignState.LOADED))) {
            loaded.server.previewDialingModeStart(AGENT_A);

            awaitTwoSweeps(loaded);

            assertThat(loaded.listener.heard(Heard.Pushed.class)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DialingMode.class, names = {"PUSH_PREVIEW", "DIRECT_PUSH_PREVIEW"})
    void bothPushModesPushToAgentsWhoStarted(DialingMode mode) {
        try (SimulatorFixture push = new SimulatorFixture(pushData(mode, CampaignState.STARTED))) {
            push.server.previewDialingModeStart(AGENT_A);

            Heard.Pushed pushed = push.listener.await(Heard.Pushed.class, p -> true, 1, EVENT_TIMEOUT).get(0);

            assertThat(pushed.record().campaign().mode()).isEqualTo(mode);
        }
    }
}
