package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_B;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.START;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chain;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.chainIds;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.data;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.handle;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.officeHours;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.preview;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.simpleChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.ChainId;
import dev.outbound.domain.record.RecordType;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rescheduled records come back as callbacks at their time, before ordinary records: personal callbacks to the
 * agent who rescheduled them only, campaign callbacks to any agent.
 */
class CallbackDeliveryTest {
    private static final String CAMPAIGN = "Callbacks";
    private static final Instant IN_30_MINUTES = START.plus(Duration.ofMinutes(30));

    private final SimulatorFixture sim = new SimulatorFixture(data(preview(CAMPAIGN,
            simpleChain(1), simpleChain(2), simpleChain(3), simpleChain(4))));

    @AfterEach
    void close() {
        sim.close();
    }

    /** The agent pulls the next record and reschedules it; returns the rescheduled chain's id. */
    private ChainId pullAndReschedule(AgentId agent, CallbackType type, Instant at) {
        DeliveredRecord delivered = sim.pull(agent, CAMPAIGN);
        sim.server.recordReschedule(agent, handle(delivered), new Callback(at, type));
        sim.server.recordProcessed(agent, handle(delivered), CallResult.NO_ANSWER, Map.of());
        return delivered.chain().id();
    }

    @Test
    void aCallbackIsNotDeliveredBeforeItsTime() {
        ChainId callback = pullAndReschedule(AGENT_A, CallbackType.CAMPAIGN, IN_30_MINUTES);
        sim.clock.advance(Duration.ofMinutes(29));

        assertThat(chainIds(sim.drain(AGENT_B, CAMPAIGN))).doesNotContain(callback).hasSize(3);
    }

    @Test
    void aDueCampaignCallbackComesBeforeReadyRecords() {
        ChainId callback = pullAndReschedule(AGENT_A, CallbackType.CAMPAIGN, IN_30_MINUTES);
        sim.clock.advance(Duration.ofMinutes(30));

        assertThat(sim.pull(AGENT_A, CAMPAIGN).chain().id()).isEqualTo(callback);
    }

    @Test
    void aCampaignCallbackGoesToAnyAgent() {
        ChainId callback = pullAndReschedule(AGENT_A, CallbackType.CAMPAIGN, IN_30_MINUTES);
        sim.clock.advance(Duration.ofMinutes(30));

        assertThat(sim.pull(AGENT_B, CAMPAIGN).chain().id()).isEqualTo(callback);
    }

    @Test
    void aDuePersonalCallbackComesBeforeReadyRecordsToItsAgent() {
        ChainId callback = pullAndReschedule(AGENT_A, CallbackType.PERSONAL, IN_30_MINUTES);
        sim.clock.advance(Duration.ofMinutes(30));

        assertThat(sim.pull(AGENT_A, CAMPAIGN).chain().id()).isEqualTo(callback);
    }

    @Test
    void aPersonalCallbackIsNeverDeliveredToAnotherAgent() {
        ChainId callback = pullAndReschedule(AGENT_A, CallbackType.PERSONAL, IN_30_MINUTES);
        sim.clock.advance(Duration.ofHours(2));

        assertThat(chainIds(sim.drain(AGENT_B, CAMPAIGN))).doesNotContain(callback).hasSize(3);
    }

    @Test
    void theAgentsPersonalCallbackComesBeforeADueCampaignCallback() {
        ChainId campaignCallback = pullAndReschedule(AGENT_B, CallbackType.CAMPAIGN, IN_30_MINUTES);
        ChainId personalCallback = pullAndReschedule(AGENT_A, CallbackType.PERSONAL, IN_30_MINUTES);
        sim.clock.advance(Duration.ofMinutes(30));

        assertThat(sim.pull(AGENT_A, CAMPAIGN).chain().id()).isEqualTo(personalCallback);
        assertThat(sim.pull(AGENT_A, CAMPAIGN).chain().id()).isEqualTo(campaignCallback);
    }

    @Test
    void aCallbackComesBackMarkedWithItsTypeAndTime() {
        pullAndReschedule(AGENT_A, CallbackType.PERSONAL, IN_30_MINUTES);
        pullAndReschedule(AGENT_A, CallbackType.CAMPAIGN, IN_30_MINUTES);
        sim.clock.advance(Duration.ofMinutes(30));

        CallingListRecord personal = sim.pull(AGENT_A, CAMPAIGN).chain().delivered();
        CallingListRecord campaign = sim.pull(AGENT_A, CAMPAIGN).chain().delivered();

        assertThat(personal.type()).isEqualTo(RecordType.PERSONAL_CALLBACK);
        assertThat(campaign.type()).isEqualTo(RecordType.CAMPAIGN_CALLBACK);
        assertThat(personal.callbackAt()).isEqualTo(Optional.of(IN_30_MINUTES));
        assertThat(campaign.callbackAt()).isEqualTo(Optional.of(IN_30_MINUTES));
    }

    @Test
    void aProcessedRecordWithoutRescheduleIsNotDeliveredAgain() {
        DeliveredRecord delivered = sim.pull(AGENT_A, CAMPAIGN);
        sim.server.recordProcessed(AGENT_A, handle(delivered), CallResult.ANSWER, Map.of());
        sim.clock.advance(Duration.ofDays(2));

        assertThat(chainIds(sim.drain(AGENT_B, CAMPAIGN))).doesNotContain(delivered.chain().id()).hasSize(3);
    }

    /**
     * A personal callback whose time falls outside the record's calling window waits for the window to open; it
     * must still come back to its agent only. New York customer, called 09:00-17:00; the agent asks to call back at
     * 18:00 New York time, pulls at 18:00 (nothing may be dialed then), and the next morning another agent pulls
     * first.
     */
    @Test
    void aPersonalCallbackDueOutsideTheWindowStaysWithItsAgent() {
        try (SimulatorFixture office = new SimulatorFixture(data(preview(CAMPAIGN,
                chain(officeHours(1, 1, "+12125550101", "EST", -5 * 3600L)))))) {
            DeliveredRecord delivered = office.pull(AGENT_A, CAMPAIGN);
            Instant sixPmNewYork = Instant.parse("2031-01-15T23:00:00Z");
            office.server.recordReschedule(AGENT_A, handle(delivered),
                    new Callback(sixPmNewYork, CallbackType.PERSONAL));
            office.server.recordProcessed(AGENT_A, handle(delivered), CallResult.NO_ANSWER, Map.of());

            office.clock.advance(Duration.between(START, sixPmNewYork));
            assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> office.pull(AGENT_A, CAMPAIGN));
            office.clock.advance(Duration.ofHours(15).plusMinutes(30));

            assertFails(ErrorCode.NO_RECORDS_AVAILABLE, () -> office.pull(AGENT_B, CAMPAIGN));
            assertThat(office.pull(AGENT_A, CAMPAIGN).chain().id()).isEqualTo(delivered.chain().id());
        }
    }
}
