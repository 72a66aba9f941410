package dev.outbound.adapter.mock.engine;

import static dev.outbound.adapter.mock.engine.SimulatorFixture.AGENT_A;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.EVENT_TIMEOUT;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.assertFails;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.campaign;
import static dev.outbound.adapter.mock.engine.SimulatorFixture.simpleChain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outbound.adapter.mock.data.DataSet;
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignEvent.Type;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.port.contract.RecordingListener.Heard;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scripted campaign events happen once the simulator's clock passes their time (counted from the simulator's
 * start): they change the campaign and every listener hears the campaign as it is afterwards.
 */
class ScriptedEventsTest {
    private static final String SURVEY = "Survey";
    private static final String SALES = "Sales";

    private final SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.data(
            List.of(campaign(SURVEY, DialingMode.PREVIEW, CampaignState.LOADED, simpleChain(1)),
                    campaign(SALES, DialingMode.PREVIEW, CampaignState.STARTED, simpleChain(2))),
            List.of(),
            List.of(event(120, SURVEY, Type.STARTED),
                    event(300, SURVEY, Type.STOPPED),
                    event(400, SURVEY, Type.UNLOADED),
                    event(500, SURVEY, Type.LOADED),
                    event(600, SALES, Type.MODE_CHANGED))));

    @AfterEach
    void close() {
        sim.close();
    }

    private static DataSet.ScriptedEvent event(long afterSeconds, String campaign, Type type) {
        return new DataSet.ScriptedEvent(Duration.ofSeconds(afterSeconds), campaign, type);
    }

    private Campaign status(String name) {
        return sim.server.campaignStatus(AGENT_A).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aLoadedCampaignCannotBePulledBeforeItsStartEvent() {
        sim.clock.advance(Duration.ofSeconds(119));

        assertFails(ErrorCode.CAMPAIGN_NOT_ACTIVE, () -> sim.pull(AGENT_A, SURVEY));
        assertThat(status(SURVEY).state()).isEqualTo(CampaignState.LOADED);
    }

    @Test
    void aStartEventMakesTheLoadedCampaignPullable() {
        sim.clock.advance(Duration.ofSeconds(120));
        sim.awaitCampaignEvent(Type.STARTED, SURVEY);

        assertThat(status(SURVEY).state()).isEqualTo(CampaignState.STARTED);
        assertThat(sim.pull(AGENT_A, SURVEY).campaign().name()).isEqualTo(SURVEY);
    }

    @Test
    void listenersHearTheCampaignAsItIsAfterTheEvent() {
        sim.clock.advance(Duration.ofSeconds(120));

        CampaignEvent started = sim.awaitCampaignEvent(Type.STARTED, SURVEY);

        assertThat(started.campaign()).isEqualTo(status(SURVEY));
        assertThat(started.campaign().state()).isEqualTo(CampaignState.STARTED);
    }

    @Test
    void aStopEventStopsDeliveryButKeepsTheCampaignListed() {
        sim.clock.advance(Duration.ofSeconds(300));
        sim.awaitCampaignEvent(Type.STOPPED, SURVEY);

        assertThat(status(SURVEY).state()).isEqualTo(CampaignState.LOADED);
        assertFails(ErrorCode.CAMPAIGN_NOT_ACTIVE, () -> sim.pull(AGENT_A, SURVEY));
    }

    @Test
    void anUnloadEventHidesTheCampaign() {
        sim.clock.advance(Duration.ofSeconds(400));
        sim.awaitCampaignEvent(Type.UNLOADED, SURVEY);

        assertThat(sim.server.campaignStatus(AGENT_A)).extracting(Campaign::name).containsExactly(SALES);
        assertFails(ErrorCode.CAMPAIGN_NOT_FOUND, () -> sim.pull(AGENT_A, SURVEY));
    }

    @Test
    void aLoadEventShowsAnUnloadedCampaignAgain() {
        sim.clock.advance(Duration.ofSeconds(500));
        sim.awaitCampaignEvent(Type.LOADED, SURVEY);

        assertThat(sim.server.campaignStatus(AGENT_A)).extracting(Campaign::name).containsExactly(SURVEY, SALES);
        assertThat(status(SURVEY).state()).isEqualTo(CampaignState.LOADED);
    }

    @Test
    void eventsThatBecameDueTogetherAreHeardInScriptOrder() {
        sim.clock.advance(Duration.ofSeconds(500));
        sim.awaitCampaignEvent(Type.LOADED, SURVEY);

        assertThat(sim.listener.heard(Heard.CampaignChanged.class)).extracting(c -> c.event().type())
                .containsExactly(Type.STARTED, Type.STOPPED, Type.UNLOADED, Type.LOADED);
    }

    @Test
    void aModeChangedEventIsAnnouncedAndChangesNothing() {
        Campaign before = status(SALES);
        sim.clock.advance(Duration.ofSeconds(600));

        CampaignEvent changed = sim.awaitCampaignEvent(Type.MODE_CHANGED, SALES);

        assertThat(changed.campaign()).isEqualTo(before);
        assertThat(status(SALES)).isEqualTo(before);
    }

    @Test
    void anEventIsHeardOnce() {
        sim.clock.advance(Duration.ofSeconds(120));
        sim.awaitCampaignEvent(Type.STARTED, SURVEY);
        sim.clock.advance(Duration.ofSeconds(480));
        sim.awaitCampaignEvent(Type.MODE_CHANGED, SALES);

        assertThat(sim.listener.heard(Heard.CampaignChanged.class)).extracting(c -> c.event().type())
                .containsExactly(Type.STARTED, Type.STOPPED, Type.UNLOADED, Type.LOADED, Type.MODE_CHANGED);
    }

    @Test
    void aPushCampaignStartedByAnEventPushesToAgentsAlreadyWaiting() {
        try (SimulatorFixture push = new SimulatorFixture(SimulatorFixture.data(
                List.of(campaign("Renewals", DialingMode.DIRECT_PUSH_PREVIEW, CampaignState.LOADED,
                        simpleChain(1))),
                List.of(),
                List.of(event(60, "Renewals", Type.STARTED))))) {
            push.server.previewDialingModeStart(AGENT_A);

            push.clock.advance(Duration.ofSeconds(60));

            Heard.Pushed pushed = push.listener.await(Heard.Pushed.class, p -> true, 1, EVENT_TIMEOUT).get(0);
            assertThat(pushed.record().campaign().state()).isEqualTo(CampaignState.STARTED);
            assertThat(push.listener.heard()).first().isInstanceOf(Heard.CampaignChanged.class);
        }
    }
}
