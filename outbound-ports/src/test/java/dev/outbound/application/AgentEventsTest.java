package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CAMPAIGN;
import static dev.outbound.application.ApplicationFixture.CAMPAIGN_NAME;
import static dev.outbound.application.ApplicationFixture.CHAINED;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.OTHER_AGENT;
import static dev.outbound.application.ApplicationFixture.call;
import static dev.outbound.application.ApplicationFixture.catalog;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.seedChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.interaction.InteractionKind;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.in.AgentEvent;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.AgentEventsUseCase.Subscription;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.out.DeliveredRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What agents' desktops are told without asking: the subscription itself (agentEvents), and what the application
 * makes of the backend's pushes given to its BackendListener: pushed records, withdrawn records, campaign events.
 */
class AgentEventsTest {
    private static final Campaign PUSH_CAMPAIGN = new Campaign("Direct Push Custom", "",
            "Direct Push Custom@Agent Group Outbound", DialingMode.DIRECT_PUSH_PREVIEW, CampaignState.STARTED);

    private final ApplicationFixture fixture = new ApplicationFixture();

    @Nested
    class Subscriptions {
        @Test
        void aSubscriberIsToldTheEventsOfItsAgent() {
            List<AgentEvent> seen = new ArrayList<>();
            fixture.useCases.agentEvents().subscribe(AGENT, seen::add);

            OutboundInteraction preview = fixture.givenPreview();

            assertThat(seen).containsExactly(new AgentEvent.InteractionChanged(AGENT, Change.ADDED, preview));
        }

        @Test
        void aSubscriberIsToldNothingOfAnotherAgentsInteractions() {
            List<AgentEvent> seen = new ArrayList<>();
            fixture.useCases.agentEvents().subscribe(AGENT, seen::add);

            OutboundInteraction theirs = fixture.givenCompletedCall(OTHER_AGENT);
            fixture.useCases.markDone().markDone(ref(theirs));

            assertThat(seen).isEmpty();
        }

        @Test
        void aClosedSubscriptionIsToldNothingMore() {
            List<AgentEvent> seen = new ArrayList<>();
            Subscription subscription = fixture.useCases.agentEvents().subscribe(AGENT, seen::add);
            fixture.givenPreview();

            subscription.close();
            fixture.givenPreview();

            assertThat(seen).hasSize(1);
        }

        @Test
        void aListenerThatFailsDoesNotStopTheRequestNorTheListenersAfterIt() {
            fixture.useCases.agentEvents().subscribe(AGENT, event -> {
                throw new IllegalStateException("the desktop's connection is gone");
            });
            List<AgentEvent> seen = new ArrayList<>();
            fixture.useCases.agentEvents().subscribe(AGENT, seen::add);

            OutboundInteraction preview = fixture.useCases.getPreviewRecord()
                    .getPreviewRecord(new GetPreviewRecordUseCase.Command(AGENT, CAMPAIGN_NAME));

            assertThat(fixture.current(preview)).isEqualTo(preview);
            assertThat(seen).containsExactly(new AgentEvent.InteractionChanged(AGENT, Change.ADDED, preview));
        }
    }

    @Nested
    class PushedRecords {
        /** Pushed records are this application's only for agents who started direct push preview through it. */
        @org.junit.jupiter.api.BeforeEach
        void agentStartedDirectPushPreview() {
            fixture.useCases.directPushPreview().startDirectPushPreview(AGENT);
            fixture.startWatching();
        }

        @Test
        void aRecordPushedWhileStartIsStillUnderWayIsNotLost() {
            fixture.useCases.directPushPreview().stopDirectPushPreview(AGENT);
            org.mockito.Mockito.doAnswer(start -> {
                fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));
                return null;
            }).when(fixture.backend).previewDialingModeStart(AGENT);

            fixture.useCases.directPushPreview().startDirectPushPreview(AGENT);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).singleElement()
                    .satisfies(preview -> assertThat(preview.mode()).isEqualTo(DialingMode.DIRECT_PUSH_PREVIEW));
        }

        @Test
        void aRefusedStartLeavesPushedRecordsUnclaimed() {
            fixture.useCases.directPushPreview().stopDirectPushPreview(AGENT);
            org.mockito.Mockito.doThrow(new dev.outbound.port.out.BackendUnavailableException("down"))
                    .when(fixture.backend).previewDialingModeStart(AGENT);

            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> fixture.useCases.directPushPreview().startDirectPushPreview(AGENT));
            fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
        }

        @Test
        void aRecordPushedToAnAgentWhoDidNotStartHereIsNotOurs() {
            fixture.backendEvents.recordPushed(OTHER_AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(),
                    catalog()));

            assertThat(fixture.useCases.interactions().getInteractions(OTHER_AGENT)).isEmpty();
            assertThat(fixture.otherAgentEvents).isEmpty();
        }

        @Test
        void afterStopPushedRecordsAreNotOursAnyMore() {
            fixture.useCases.directPushPreview().stopDirectPushPreview(AGENT);

            fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
        }

        @Test
        void aPushedRecordBecomesANewPreviewInteraction() {
            fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).singleElement().satisfies(preview -> {
                assertThat(preview.kind()).isEqualTo(InteractionKind.PREVIEW);
                assertThat(preview.state()).isEqualTo(InteractionState.PREVIEWING);
                assertThat(preview.campaignName()).isEqualTo("Direct Push Custom");
                assertThat(preview.mode()).isEqualTo(DialingMode.DIRECT_PUSH_PREVIEW);
                assertThat(preview.chain()).isEqualTo(seedChain());
                assertThat(preview.currentHandle()).isEqualTo(DELIVERED);
            });
        }

        @Test
        void theAgentsDesktopIsToldItWasAdded() {
            fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));

            OutboundInteraction preview = fixture.useCases.interactions().getInteractions(AGENT).get(0);
            assertThat(fixture.events).containsExactly(new AgentEvent.InteractionChanged(AGENT, Change.ADDED, preview));
            assertThat(fixture.otherAgentEvents).isEmpty();
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void aPushedRecordArrivesBesideTheAgentsOpenCall() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).hasSize(2).first().isEqualTo(call);
        }

        @Test
        void aPushedRecordCanBeDialedLikeAPulledOne() {
            fixture.backendEvents.recordPushed(AGENT, new DeliveredRecord(PUSH_CAMPAIGN, seedChain(), catalog()));
            OutboundInteraction preview = fixture.useCases.interactions().getInteractions(AGENT).get(0);
            fixture.startWatching();

            OutboundInteraction call = fixture.useCases.callPreviewRecord()
                    .callPreviewRecord(call(ref(preview), DELIVERED));

            assertThat(call.state()).isEqualTo(InteractionState.DIALING);
            assertThat(call.mode()).isEqualTo(DialingMode.DIRECT_PUSH_PREVIEW);
        }
    }

    @Nested
    class WithdrawnRecords {
        @Test
        void theBackendWithdrawingAPreviewedRecordClosesThePreview() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.backendEvents.recordWithdrawn(AGENT, DELIVERED);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
            assertThat(fixture.events).containsExactly(
                    new AgentEvent.InteractionChanged(AGENT, Change.REMOVED, preview));
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void withdrawingAnotherRecordOfThePreviewsChainClosesItToo() {
            fixture.givenPreview();

            fixture.backendEvents.recordWithdrawn(AGENT, CHAINED);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
        }

        /** Without this the call stayed open for good: its mark done answered RECORD_NOT_FOUND every time. */
        @Test
        void theBackendWithdrawingTheRecordOfACompletedCallClosesTheCall() {
            OutboundInteraction completed = fixture.givenCompletedCall();

            fixture.backendEvents.recordWithdrawn(AGENT, DELIVERED);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
            assertThat(fixture.events).containsExactly(
                    new AgentEvent.InteractionChanged(AGENT, Change.REMOVED, completed));
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void aRecordAlreadyBeingCalledIsNotTakenAway() {
            OutboundInteraction dialing = fixture.givenDialingCall();
            fixture.backendEvents.recordWithdrawn(AGENT, DELIVERED);
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(dialing);

            fixture.backendEvents.callConnected(AGENT, dialing.id());
            fixture.startWatching();
            fixture.backendEvents.recordWithdrawn(AGENT, DELIVERED);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).extracting(OutboundInteraction::state)
                    .containsExactly(InteractionState.ACTIVE);
            assertThat(fixture.events).isEmpty();
        }

        @Test
        void aHandleNoPreviewHoldsChangesNothing() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.backendEvents.recordWithdrawn(AGENT, RecordHandle.of(999));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(preview);
            assertThat(fixture.events).isEmpty();
        }

        @Test
        void anotherAgentsPreviewIsNotClosed() {
            OutboundInteraction theirs = fixture.givenPreview(OTHER_AGENT);

            fixture.backendEvents.recordWithdrawn(AGENT, DELIVERED);

            assertThat(fixture.useCases.interactions().getInteractions(OTHER_AGENT)).containsExactly(theirs);
            assertThat(fixture.events).isEmpty();
            assertThat(fixture.otherAgentEvents).isEmpty();
        }
    }

    @Nested
    class CampaignEvents {
        private final CampaignEvent started = new CampaignEvent(CampaignEvent.Type.STARTED, CAMPAIGN);

        @Test
        void everyAgentFollowingEventsIsToldOfTheCampaign() {
            fixture.backendEvents.campaignChanged(started);

            assertThat(fixture.events).containsExactly(new AgentEvent.CampaignChanged(AGENT, started));
            assertThat(fixture.otherAgentEvents).containsExactly(new AgentEvent.CampaignChanged(OTHER_AGENT, started));
        }

        @Test
        void anAgentWhoStoppedFollowingIsToldNothing() {
            AgentId third = AgentId.of("agent3");
            List<AgentEvent> seen = new ArrayList<>();
            fixture.useCases.agentEvents().subscribe(third, seen::add).close();

            fixture.backendEvents.campaignChanged(started);

            assertThat(seen).isEmpty();
        }

        @Test
        void aCampaignEventChangesNoInteractionAndSendsNothing() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.backendEvents.campaignChanged(new CampaignEvent(CampaignEvent.Type.STOPPED,
                    CAMPAIGN.withState(CampaignState.LOADED)));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(preview);
            assertThat(fixture.eventSummaries()).containsExactly("campaign STOPPED " + CAMPAIGN_NAME);
            verifyNoInteractions(fixture.backend);
        }
    }
}
