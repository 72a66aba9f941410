package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CAMPAIGN;
import static dev.outbound.application.ApplicationFixture.CAMPAIGN_NAME;
import static dev.outbound.application.ApplicationFixture.CHAINED;
import static dev.outbound.application.ApplicationFixture.CHAINED_PHONE;
import static dev.outbound.application.ApplicationFixture.CUSTOM_STRING;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.DELIVERED_PHONE;
import static dev.outbound.application.ApplicationFixture.OTHER_AGENT;
import static dev.outbound.application.ApplicationFixture.OUTSIDE_CHAIN;
import static dev.outbound.application.ApplicationFixture.call;
import static dev.outbound.application.ApplicationFixture.previewRef;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.seedCatalog;
import static dev.outbound.application.ApplicationFixture.seedChain;
import static dev.outbound.application.ApplicationFixture.theOnlyPreviewOf;
import static dev.outbound.application.ApplicationFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.InteractionKind;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.interaction.PendingChanges;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.in.AgentEvent;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.GetPreviewRecordUseCase;
import dev.outbound.port.out.BackendNotFoundException;
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.DeliveredRecord;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Before the call: the agent's campaigns, pulling a record (getPreviewRecord), dialing one number of its chain
 * (callPreviewRecord), giving it back (rejectPreviewRecord) or taking it out of the campaign (cancelPreviewRecord),
 * and receiving pushed records (start/stopDirectPushPreview).
 */
class PreviewTest {
    private final ApplicationFixture fixture = new ApplicationFixture();

    @Nested
    class GetCampaigns {
        @Test
        void listsTheCampaignsTheBackendReportsForTheAgent() {
            Campaign loaded = new Campaign("Winter Sale", "", "Winter Sale@Agent Group Outbound",
                    DialingMode.PROGRESSIVE, CampaignState.LOADED);
            doReturn(List.of(CAMPAIGN, loaded)).when(fixture.backend).campaignStatus(AGENT);

            List<Campaign> campaigns = fixture.useCases.getCampaigns().getCampaigns(AGENT);

            assertThat(campaigns).containsExactly(CAMPAIGN, loaded);
            verify(fixture.backend).campaignStatus(AGENT);
            verifyNoMoreInteractions(fixture.backend);
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void aBackendFailureIsReportedWithItsCode(OutboundException failure) {
            doThrow(failure).when(fixture.backend).campaignStatus(AGENT);

            assertThat(refusalOf(() -> fixture.useCases.getCampaigns().getCampaigns(AGENT)).code())
                    .isEqualTo(failure.code());
        }
    }

    @Nested
    class GetPreviewRecord {
        @Test
        void asksTheBackendForARecordOfTheNamedCampaign() {
            pull();

            verify(fixture.backend).previewRecordRequest(AGENT, CAMPAIGN_NAME);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void theDeliveredRecordBecomesANewPreviewInteraction() {
            OutboundInteraction preview = pull();

            assertThat(preview.id()).isEqualTo(InteractionId.of("1"));
            assertThat(preview.agentId()).isEqualTo(AGENT);
            assertThat(preview.campaignName()).isEqualTo(CAMPAIGN_NAME);
            assertThat(preview.mode()).isEqualTo(DialingMode.PREVIEW);
            assertThat(preview.kind()).isEqualTo(InteractionKind.PREVIEW);
            assertThat(preview.state()).isEqualTo(InteractionState.PREVIEWING);
            assertThat(preview.chain()).isEqualTo(seedChain());
            assertThat(preview.currentHandle()).isEqualTo(DELIVERED);
            assertThat(preview.pending()).isEqualTo(PendingChanges.NONE);
        }

        @Test
        void thePreviewIsOneOfTheAgentsOpenInteractions() {
            OutboundInteraction preview = pull();

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(preview);
            assertThat(fixture.current(preview)).isEqualTo(preview);
        }

        @Test
        void theAgentsDesktopIsToldTheInteractionWasAdded() {
            OutboundInteraction preview = pull();

            assertThat(fixture.events).containsExactly(new AgentEvent.InteractionChanged(AGENT, Change.ADDED, preview));
            assertThat(fixture.otherAgentEvents).isEmpty();
        }

        @Test
        void eachPullIsANewInteractionWithItsOwnId() {
            OutboundInteraction first = pull();
            OutboundInteraction second = pull();

            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(first, second);
        }

        @Test
        void theRecordKeepsTheFieldConfigurationOfItsCallingList() {
            fixture.deliverOnPull(new DeliveredRecord(CAMPAIGN, seedChain(), seedCatalog()));

            assertThat(pull().fields()).isEqualTo(seedCatalog());
        }

        static Stream<OutboundException> pullFailures() {
            return Stream.of(
                    new BackendNotFoundException(ErrorCode.NO_RECORDS_AVAILABLE, "No Records Available"),
                    new BackendNotFoundException(ErrorCode.CAMPAIGN_NOT_FOUND, "no campaign Outbound Campaign Custom"),
                    new BackendRefusedException(ErrorCode.CAMPAIGN_NOT_ACTIVE, "the campaign is not started"),
                    new BackendUnavailableException("OCS did not answer in time"));
        }

        @ParameterizedTest
        @MethodSource("pullFailures")
        void aFailedPullIsReportedWithTheBackendsCodeAndOpensNothing(OutboundException failure) {
            doThrow(failure).when(fixture.backend).previewRecordRequest(any(), any());

            assertThat(refusalOf(this::pull).code()).isEqualTo(failure.code());
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
            assertThat(fixture.events).isEmpty();
        }

        private OutboundInteraction pull() {
            return fixture.useCases.getPreviewRecord()
                    .getPreviewRecord(new GetPreviewRecordUseCase.Command(AGENT, CAMPAIGN_NAME));
        }
    }

    @Nested
    class CallPreviewRecord {
        @Test
        void dialsTheDeliveredRecordsPhoneUnderTheCallsNewId() {
            OutboundInteraction preview = fixture.givenPreview();

            OutboundInteraction call = dial(preview, DELIVERED);

            verify(fixture.backend).placeCall(AGENT, call.id(), DELIVERED, DELIVERED_PHONE);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void theCallIsANewInteractionAboutTheDialedRecord() {
            OutboundInteraction preview = fixture.givenPreview();

            OutboundInteraction call = dial(preview, DELIVERED);

            assertThat(call.id()).isNotEqualTo(preview.id());
            assertThat(call.kind()).isEqualTo(InteractionKind.CALL);
            assertThat(call.state()).isEqualTo(InteractionState.DIALING);
            assertThat(call.currentHandle()).isEqualTo(DELIVERED);
            assertThat(call.chain()).as("the same chain, the dialed record with one more attempt").isEqualTo(
                    preview.chain().replace(DELIVERED, r -> r.afterAttempt(r.callResult())));
        }

        @Test
        void aDialRefusedForTheRequestsOwnMistakeSpendsNoInteractionId() {
            OutboundInteraction preview = fixture.givenPreview();
            for (int i = 0; i < 2; i++) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> dial(preview, RecordHandle.of(999_999)));
            }

            OutboundInteraction call = dial(preview, DELIVERED);

            assertThat(call.id().value()).isEqualTo(Long.toString(Long.parseLong(preview.id().value()) + 1));
        }

        @Test
        void theCallReplacesThePreview() {
            OutboundInteraction preview = fixture.givenPreview();

            OutboundInteraction call = dial(preview, DELIVERED);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(call);
            assertThat(refusalOf(() -> fixture.current(preview)).code())
                    .isEqualTo(ErrorCode.INTERACTION_NOT_FOUND);
        }

        @Test
        void theDesktopIsToldThePreviewWentAndTheCallCame() {
            OutboundInteraction preview = fixture.givenPreview();

            OutboundInteraction call = dial(preview, DELIVERED);

            assertThat(fixture.events).containsExactly(
                    new AgentEvent.InteractionChanged(AGENT, Change.REMOVED, preview),
                    new AgentEvent.InteractionChanged(AGENT, Change.ADDED, call));
        }

        @Test
        void dialsTheOtherNumberOfTheChainWhenTheAgentChoosesIt() {
            OutboundInteraction preview = fixture.givenPreview();

            OutboundInteraction call = dial(preview, CHAINED);

            assertThat(call.currentHandle()).isEqualTo(CHAINED);
            verify(fixture.backend).placeCall(AGENT, call.id(), CHAINED, CHAINED_PHONE);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void dialsThePhoneTheAgentCorrectedDuringThePreview() {
            OutboundInteraction preview = fixture.givenPreview();
            fixture.useCases.recordFields().updateRecordFields(update(ref(preview), "GSW_PHONE", "+33 6 47 00 99"));
            fixture.startWatching();

            OutboundInteraction call = dial(preview, DELIVERED);

            verify(fixture.backend).placeCall(AGENT, call.id(), DELIVERED, "+33 6 47 00 99");
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void aPhoneCorrectedOnOneRecordIsNotDialedForAnother() {
            OutboundInteraction preview = fixture.givenPreview();
            fixture.useCases.recordFields().updateRecordFields(update(ref(preview), "GSW_PHONE", "+33 6 47 00 99"));
            fixture.startWatching();

            OutboundInteraction call = dial(preview, CHAINED);

            verify(fixture.backend).placeCall(AGENT, call.id(), CHAINED, CHAINED_PHONE);
        }

        @Test
        void aRecordHandleOutsideTheChainIsRefusedAndNothingIsDialed() {
            OutboundInteraction preview = fixture.givenPreview();

            OutboundException refusal = refusalOf(() -> dial(preview, OUTSIDE_CHAIN));

            assertThat(refusal.code()).isEqualTo(ErrorCode.RECORD_NOT_IN_CHAIN);
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.current(preview)).isEqualTo(preview);
            assertThat(fixture.events).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void whenTheBackendCannotDialThePreviewStaysAsItWas(OutboundException failure) {
            OutboundInteraction preview = fixture.givenPreview();
            doThrow(failure).when(fixture.backend).placeCall(any(), any(), any(), any());

            assertThat(refusalOf(() -> dial(preview, DELIVERED)).code()).isEqualTo(failure.code());

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(preview);
            assertThat(fixture.events).isEmpty();
        }

        @Test
        void afterAFailedDialTheAgentCanDialAgain() {
            OutboundInteraction preview = fixture.givenPreview();
            doThrow(new BackendUnavailableException("the switch did not answer")).doNothing()
                    .when(fixture.backend).placeCall(any(), any(), any(), any());
            refusalOf(() -> dial(preview, DELIVERED));

            OutboundInteraction call = dial(preview, DELIVERED);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(call);
        }

        @Test
        void theCallKeepsTheFieldEditsMadeDuringThePreview() {
            OutboundInteraction preview = fixture.givenPreview();
            fixture.useCases.recordFields().updateRecordFields(update(ref(preview), CUSTOM_STRING, "call after 6"));

            OutboundInteraction call = fixture.givenDialed(preview, DELIVERED);

            assertThat(call.pending().fieldEditsOf(DELIVERED)).containsEntry(CUSTOM_STRING, "call after 6");
            assertThat(call.currentValues()).containsEntry(CUSTOM_STRING, "call after 6");
        }

        /** Now is 00:00 on the seed record's clock (ACT): an edited window of 09:00-10:00 is closed. */
        @Test
        void aCallingWindowEditedInThePreviewMustBeOpenToDial() {
            OutboundInteraction preview = fixture.givenPreview();
            fixture.useCases.recordFields().updateRecordFields(update(ref(preview), "GSW_FROM", "09:00",
                    "GSW_UNTIL", "10:00"));
            fixture.startWatching();

            OutboundException refused = refusalOf(() -> dial(preview, DELIVERED));

            assertThat(refused.code()).isEqualTo(ErrorCode.OUTSIDE_CALLING_WINDOW);
            assertThat(refused.getMessage()).isEqualTo("record 283 may be called from 09:00 to 10:00 in ACT "
                    + "(Australia/Darwin) as edited in this preview (Call From, Call Until); it is outside that "
                    + "window now");
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).extracting(OutboundInteraction::id)
                    .containsExactly(preview.id());
        }

        @Test
        void aCallingWindowEditedToIncludeNowLetsTheBackendDecide() {
            OutboundInteraction preview = fixture.givenPreview();
            fixture.useCases.recordFields().updateRecordFields(update(ref(preview), "GSW_FROM", "23:00",
                    "GSW_UNTIL", "01:00"));

            OutboundInteraction call = dial(preview, DELIVERED);

            verify(fixture.backend).placeCall(AGENT, call.id(), DELIVERED, DELIVERED_PHONE);
        }

        /**
         * A failed dial changes nothing, not even the order in which getInteractions lists the agent's
         * interactions (oldest first). An earlier version swapped the preview for the call before dialing and
         * swapped it back on failure, which moved the preview behind every younger interaction.
         */
        @Test
        void aFailedDialKeepsTheOrderOfTheAgentsInteractions() {
            OutboundInteraction older = fixture.givenPreview();
            OutboundInteraction younger = fixture.givenPreview();
            doThrow(new BackendUnavailableException("the switch did not answer"))
                    .when(fixture.backend).placeCall(any(), any(), any(), any());

            refusalOf(() -> dial(older, DELIVERED));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT))
                    .extracting(OutboundInteraction::id).containsExactly(older.id(), younger.id());
        }

        private OutboundInteraction dial(OutboundInteraction preview, RecordHandle handle) {
            return fixture.useCases.callPreviewRecord().callPreviewRecord(call(ref(preview), handle));
        }
    }

    @Nested
    class RejectPreviewRecord {
        @Test
        void givesTheRecordBackToTheBackend() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.rejectPreviewRecord().rejectPreviewRecord(previewRef(preview));

            verify(fixture.backend).recordReject(AGENT, DELIVERED);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void closesThePreviewAsRejected() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.rejectPreviewRecord().rejectPreviewRecord(previewRef(preview));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
            assertThat(fixture.eventSummaries()).containsExactly("REMOVED 1 REJECTED");
        }

        @Test
        void withoutAnIdActsOnTheAgentsOnlyPreview() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.rejectPreviewRecord().rejectPreviewRecord(theOnlyPreviewOf(AGENT));

            verify(fixture.backend).recordReject(AGENT, DELIVERED);
            assertThat(fixture.eventSummaries()).containsExactly("REMOVED " + preview.id() + " REJECTED");
        }

        @Test
        void withoutAnIdTheAgentsCallsDoNotCountAsPreviews() {
            fixture.givenActiveCall();
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.rejectPreviewRecord().rejectPreviewRecord(theOnlyPreviewOf(AGENT));

            assertThat(fixture.eventSummaries()).containsExactly("REMOVED " + preview.id() + " REJECTED");
        }

        @Test
        void withoutAnIdAnotherAgentsPreviewDoesNotCount() {
            fixture.givenPreview(OTHER_AGENT);

            assertThat(refusalOf(() -> fixture.useCases.rejectPreviewRecord()
                    .rejectPreviewRecord(theOnlyPreviewOf(AGENT))).code())
                    .isEqualTo(ErrorCode.NO_PREVIEW_INTERACTION);
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void withoutAnIdAndNoPreviewItIsRefused() {
            assertThat(refusalOf(() -> fixture.useCases.rejectPreviewRecord()
                    .rejectPreviewRecord(theOnlyPreviewOf(AGENT))).code())
                    .isEqualTo(ErrorCode.NO_PREVIEW_INTERACTION);
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void withoutAnIdAndSeveralPreviewsItIsRefusedAndChangesNothing() {
            OutboundInteraction first = fixture.givenPreview();
            OutboundInteraction second = fixture.givenPreview();

            assertThat(refusalOf(() -> fixture.useCases.rejectPreviewRecord()
                    .rejectPreviewRecord(theOnlyPreviewOf(AGENT))).code())
                    .isEqualTo(ErrorCode.SEVERAL_PREVIEW_INTERACTIONS);
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(first, second);
            assertThat(fixture.events).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void whenTheBackendFailsThePreviewStaysOpen(OutboundException failure) {
            OutboundInteraction preview = fixture.givenPreview();
            doThrow(failure).when(fixture.backend).recordReject(any(), any());

            assertThat(refusalOf(() -> fixture.useCases.rejectPreviewRecord()
                    .rejectPreviewRecord(previewRef(preview))).code()).isEqualTo(failure.code());
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(preview);
            assertThat(fixture.events).isEmpty();
        }
    }

    @Nested
    class CancelPreviewRecord {
        @Test
        void takesTheWholeChainOutOfTheCampaignByDefault() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.cancelPreviewRecord().cancelPreviewRecord(previewRef(preview));

            verify(fixture.backend).requestRecordCancel(AGENT, DELIVERED, ChainScope.ALL_CHAIN);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void takesOnlyTheRecordOutWhenSoConfigured() {
            ApplicationFixture recordOnly = new ApplicationFixture(
                    options -> options.cancelScope(ChainScope.RECORD_ONLY));
            OutboundInteraction preview = recordOnly.givenPreview();

            recordOnly.useCases.cancelPreviewRecord().cancelPreviewRecord(previewRef(preview));

            verify(recordOnly.backend).requestRecordCancel(AGENT, DELIVERED, ChainScope.RECORD_ONLY);
        }

        @Test
        void closesThePreviewAsCancelled() {
            fixture.givenPreview();

            fixture.useCases.cancelPreviewRecord().cancelPreviewRecord(theOnlyPreviewOf(AGENT));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
            assertThat(fixture.eventSummaries()).containsExactly("REMOVED 1 CANCELLED");
        }

        @Test
        void withoutAnIdAndNoPreviewItIsRefused() {
            fixture.givenCompletedCall();

            assertThat(refusalOf(() -> fixture.useCases.cancelPreviewRecord()
                    .cancelPreviewRecord(theOnlyPreviewOf(AGENT))).code())
                    .isEqualTo(ErrorCode.NO_PREVIEW_INTERACTION);
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void withoutAnIdAndSeveralPreviewsItIsRefusedAndChangesNothing() {
            OutboundInteraction first = fixture.givenPreview();
            OutboundInteraction second = fixture.givenPreview();

            assertThat(refusalOf(() -> fixture.useCases.cancelPreviewRecord()
                    .cancelPreviewRecord(theOnlyPreviewOf(AGENT))).code())
                    .isEqualTo(ErrorCode.SEVERAL_PREVIEW_INTERACTIONS);
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(first, second);
        }

        @Test
        void withAnIdItActsOnThatPreviewAmongSeveral() {
            OutboundInteraction first = fixture.givenPreview();
            OutboundInteraction second = fixture.givenPreview();

            fixture.useCases.cancelPreviewRecord().cancelPreviewRecord(previewRef(second));

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(first);
            assertThat(fixture.eventSummaries()).containsExactly("REMOVED " + second.id() + " CANCELLED");
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void whenTheBackendFailsThePreviewStaysOpen(OutboundException failure) {
            OutboundInteraction preview = fixture.givenPreview();
            doThrow(failure).when(fixture.backend).requestRecordCancel(any(), any(), any());

            assertThat(refusalOf(() -> fixture.useCases.cancelPreviewRecord()
                    .cancelPreviewRecord(previewRef(preview))).code()).isEqualTo(failure.code());
            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).containsExactly(preview);
            assertThat(fixture.events).isEmpty();
        }
    }

    @Nested
    class DirectPushPreview {
        @Test
        void startAsksTheBackendToPushRecordsToTheAgent() {
            fixture.useCases.directPushPreview().startDirectPushPreview(AGENT);

            verify(fixture.backend).previewDialingModeStart(AGENT);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void stopAsksTheBackendToStopPushing() {
            fixture.useCases.directPushPreview().stopDirectPushPreview(AGENT);

            verify(fixture.backend).previewDialingModeOver(AGENT);
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void startingOpensNoInteractionByItself() {
            fixture.useCases.directPushPreview().startDirectPushPreview(AGENT);

            assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
            assertThat(fixture.events).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void aBackendFailureOnStartIsReportedWithItsCode(OutboundException failure) {
            doThrow(failure).when(fixture.backend).previewDialingModeStart(AGENT);

            assertThat(refusalOf(() -> fixture.useCases.directPushPreview().startDirectPushPreview(AGENT)).code())
                    .isEqualTo(failure.code());
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void aBackendFailureOnStopIsReportedWithItsCode(OutboundException failure) {
            doThrow(failure).when(fixture.backend).previewDialingModeOver(AGENT);

            assertThat(refusalOf(() -> fixture.useCases.directPushPreview().stopDirectPushPreview(AGENT)).code())
                    .isEqualTo(failure.code());
        }
    }
}
