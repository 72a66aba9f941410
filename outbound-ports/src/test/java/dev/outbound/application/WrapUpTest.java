package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CHAINED;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.FUTURE_DATE;
import static dev.outbound.application.ApplicationFixture.FUTURE_DATE_INSTANT;
import static dev.outbound.application.ApplicationFixture.NOW;
import static dev.outbound.application.ApplicationFixture.OUTSIDE_CHAIN;
import static dev.outbound.application.ApplicationFixture.callResult;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.reschedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.interaction.PendingReschedule;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.result.OfferedCallResults;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wrap-up: what the agent decides about the record, kept pending on the interaction until mark done: the call
 * result (getListOfCallResults, setCallResult, getCallResult), Do Not Call (setDoNotCall, removeDoNotCall) and a
 * callback (rescheduleRecord, cancelReschedule). None of them talks to the backend.
 */
class WrapUpTest {
    private final ApplicationFixture fixture = new ApplicationFixture();

    /** Asserts a refusal changed nothing: the interaction, the backend and the agent's desktop. */
    private void assertRefusedAndNothingChanged(ThrowingCallable request, OutboundInteraction before,
                                                ErrorCode expected) {
        assertThat(refusalOf(request).code()).isEqualTo(expected);
        assertThat(fixture.current(before)).isEqualTo(before);
        verifyNoInteractions(fixture.backend);
        assertThat(fixture.events).isEmpty();
    }

    @Nested
    class GetListOfCallResults {
        @Test
        void offersEveryResultInTheOcsTablesOrderByDefault() {
            OfferedCallResults offered = fixture.useCases.getListOfCallResults().getListOfCallResults();

            assertThat(offered.results()).containsExactly(CallResult.values());
            assertThat(offered.asNameToCode()).containsEntry("OK", 0).containsEntry("WRONG_NUMBER", 53);
        }

        @Test
        void offersTheConfiguredResultsInTheConfiguredOrder() {
            ApplicationFixture configured = new ApplicationFixture(options -> options.offeredCallResults(
                    OfferedCallResults.parseConfiguration("ANSWER, BUSY, NO_ANSWER, 53")));

            OfferedCallResults offered = configured.useCases.getListOfCallResults().getListOfCallResults();

            assertThat(offered.asNameToCode().keySet())
                    .containsExactly("ANSWER", "BUSY", "NO_ANSWER", "WRONG_NUMBER");
            assertThat(offered.asNameToCode().values()).containsExactly(33, 6, 7, 53);
            verifyNoInteractions(configured.backend);
        }
    }

    @Nested
    class SetCallResult {
        @Test
        void theResultIsPendingOnTheCallAndNothingIsSent() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "40"));

            assertThat(fixture.current(call).pending().callResult()).contains(CallResult.WRONG_PARTY);
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void theDesktopIsToldTheCallChanged() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "40"));

            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
        }

        @Test
        void mayBeSetDuringTheCall() {
            OutboundInteraction call = fixture.givenActiveCall();

            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "33"));

            assertThat(fixture.current(call).pending().callResult()).contains(CallResult.ANSWER);
            assertThat(fixture.current(call).state()).isEqualTo(InteractionState.ACTIVE);
        }

        @Test
        void aLaterChoiceReplacesAnEarlierOne() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "40"));

            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "6"));

            assertThat(fixture.current(call).pending().callResult()).contains(CallResult.BUSY);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", " ", "BUSY", "abc", "6.0", "6,", "1e1", "0x06", "+-6", "99", "-1", "1000000"})
        void aResultThatIsNotACallResultCodeIsRefused(String notACode) {
            OutboundInteraction call = fixture.givenCompletedCall();

            assertRefusedAndNothingChanged(
                    () -> fixture.useCases.setCallResult().setCallResult(callResult(ref(call), notACode)),
                    call, ErrorCode.INVALID_CALL_RESULT);
        }

        @Test
        void aResultThisDesktopDoesNotOfferIsRefused() {
            ApplicationFixture configured = new ApplicationFixture(options -> options.offeredCallResults(
                    OfferedCallResults.of(List.of(CallResult.ANSWER, CallResult.BUSY))));
            OutboundInteraction call = configured.givenCompletedCall();

            assertThat(refusalOf(() -> configured.useCases.setCallResult()
                    .setCallResult(callResult(ref(call), "40"))).code())
                    .isEqualTo(ErrorCode.CALL_RESULT_NOT_OFFERED);
            assertThat(configured.current(call)).isEqualTo(call);
            assertThat(configured.events).isEmpty();
        }

        @Test
        void aResultIsRefusedWhileDoNotCallIsPending() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.doNotCall().setDoNotCall(ref(call));
            OutboundInteraction marked = fixture.current(call);
            fixture.startWatching();

            assertRefusedAndNothingChanged(
                    () -> fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "33")),
                    marked, ErrorCode.CALL_RESULT_WHILE_DO_NOT_CALL);
        }

        @Test
        void aResultIsAcceptedAgainOnceDoNotCallIsRemoved() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.doNotCall().setDoNotCall(ref(call));
            fixture.useCases.doNotCall().removeDoNotCall(ref(call));

            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "33"));

            assertThat(fixture.current(call).pending().callResult()).contains(CallResult.ANSWER);
        }
    }

    @Nested
    class GetCallResult {
        @Test
        void aFreshPreviewHasTheRecordsLastResult() {
            OutboundInteraction preview = fixture.givenPreview();

            assertThat(fixture.useCases.getCallResult().getCallResult(ref(preview))).isEqualTo(CallResult.UNKNOWN);
        }

        @Test
        void anAnsweredCallHasTheResultAnswer() {
            OutboundInteraction call = fixture.givenActiveCall();

            assertThat(fixture.useCases.getCallResult().getCallResult(ref(call))).isEqualTo(CallResult.ANSWER);
        }

        @Test
        void aFailedDialHasItsOutcome() {
            OutboundInteraction call = fixture.givenDialingCall();
            fixture.backendEvents.callEnded(AGENT, call.id(), CallResult.ANSWERING_MACHINE);

            assertThat(fixture.useCases.getCallResult().getCallResult(ref(call)))
                    .isEqualTo(CallResult.ANSWERING_MACHINE);
        }

        @Test
        void theAgentsChoiceWins() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "53"));

            assertThat(fixture.useCases.getCallResult().getCallResult(ref(call))).isEqualTo(CallResult.WRONG_NUMBER);
        }

        @Test
        void readingTheResultSendsNothingAndChangesNothing() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.getCallResult().getCallResult(ref(call));

            verifyNoInteractions(fixture.backend);
            assertThat(fixture.current(call)).isEqualTo(call);
            assertThat(fixture.events).isEmpty();
        }
    }

    @Nested
    class DoNotCall {
        @Test
        void theMarkIsPendingAndNothingIsSent() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.doNotCall().setDoNotCall(ref(call));

            assertThat(fixture.current(call).pending().doNotCall()).isTrue();
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
        }

        @Test
        void mayBeSetDuringTheCall() {
            OutboundInteraction call = fixture.givenActiveCall();

            fixture.useCases.doNotCall().setDoNotCall(ref(call));

            assertThat(fixture.current(call).pending().doNotCall()).isTrue();
        }

        @Test
        void markingTwiceIsTheSameAsOnce() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.doNotCall().setDoNotCall(ref(call));
            OutboundInteraction marked = fixture.current(call);

            fixture.useCases.doNotCall().setDoNotCall(ref(call));

            assertThat(fixture.current(call)).isEqualTo(marked);
        }

        @Test
        void removingThePendingMarkBringsTheCallBackAsItWas() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.doNotCall().setDoNotCall(ref(call));

            fixture.useCases.doNotCall().removeDoNotCall(ref(call));

            assertThat(fixture.current(call)).isEqualTo(call);
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void removingWhenNothingIsPendingIsRefused() {
            OutboundInteraction call = fixture.givenCompletedCall();

            assertRefusedAndNothingChanged(() -> fixture.useCases.doNotCall().removeDoNotCall(ref(call)), call,
                    ErrorCode.DO_NOT_CALL_NOT_PENDING);
        }

        @Test
        void markingIsRefusedWhileARescheduleIsPending() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));
            OutboundInteraction rescheduled = fixture.current(call);
            fixture.startWatching();

            assertRefusedAndNothingChanged(() -> fixture.useCases.doNotCall().setDoNotCall(ref(call)), rescheduled,
                    ErrorCode.RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL);
        }
    }

    @Nested
    class RescheduleRecord {
        @Test
        void theCallbackIsPendingAtTheRecordsLocalTime() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));

            assertThat(fixture.current(call).pending().reschedule()).contains(new PendingReschedule(DELIVERED,
                    new Callback(FUTURE_DATE_INSTANT, CallbackType.PERSONAL)));
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
        }

        @Test
        void aCampaignCallbackGoesToAnyAgentOfTheCampaign() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "CAMPAIGN"));

            assertThat(fixture.current(call).pending().reschedule()).map(r -> r.callback().type())
                    .contains(CallbackType.CAMPAIGN);
        }

        @Test
        void anotherRecordOfTheChainMayBeRescheduled() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), CHAINED, FUTURE_DATE, "PERSONAL"));

            assertThat(fixture.current(call).pending().reschedule()).map(PendingReschedule::handle).contains(CHAINED);
        }

        @Test
        void aPreviewMayBeRescheduledBeforeTheCall() {
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(preview), DELIVERED, FUTURE_DATE, "PERSONAL"));

            assertThat(fixture.current(preview).pending().reschedule()).isPresent();
            assertThat(fixture.current(preview).state()).isEqualTo(InteractionState.PREVIEWING);
        }

        @Test
        void aLaterRescheduleReplacesAnEarlierOne() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), CHAINED, "02/01/2031 09:00", "CAMPAIGN"));

            assertThat(fixture.current(call).pending().reschedule()).contains(new PendingReschedule(CHAINED,
                    new Callback(Instant.parse("2031-01-31T23:30:00Z"), CallbackType.CAMPAIGN)));
        }

        /**
         * Now is 14:30 UTC on 01/15/2031, which is 00:00 on 01/16/2031 on the record's clock (ACT, UTC+09:30):
         * half past midnight is ahead of the customer, though 23:30 on the 15th is still ahead of UTC.
         */
        @Test
        void theDateIsReadOnTheCustomersClockNotTheAgentsNorUtc() {
            OutboundInteraction call = fixture.givenCompletedCall();

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, "01/16/2031 00:30", "PERSONAL"));

            assertThat(fixture.current(call).pending().reschedule()).map(r -> r.callback().at())
                    .contains(NOW.plusSeconds(30 * 60));
        }

        static Stream<Arguments> badReschedules() {
            return Stream.of(
                    bad("02/30/2031 10:00", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("13/01/2031 10:00", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("01/01/2031 24:00", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("1/1/31 9:5", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("01/27/2031 10:55 PM", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("2031-01-27 10:55", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("01/27/2031", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("", "PERSONAL", ErrorCode.INVALID_RESCHEDULE_DATE),
                    bad("05/27/2021 10:55", "PERSONAL", ErrorCode.RESCHEDULE_IN_PAST),
                    bad("01/15/2031 23:30", "PERSONAL", ErrorCode.RESCHEDULE_IN_PAST),
                    bad("01/16/2031 00:00", "PERSONAL", ErrorCode.RESCHEDULE_IN_PAST),
                    bad(FUTURE_DATE, "personal", ErrorCode.INVALID_CALLBACK_TYPE),
                    bad(FUTURE_DATE, "Campaign", ErrorCode.INVALID_CALLBACK_TYPE),
                    bad(FUTURE_DATE, " PERSONAL", ErrorCode.INVALID_CALLBACK_TYPE),
                    bad(FUTURE_DATE, "AGENT", ErrorCode.INVALID_CALLBACK_TYPE),
                    bad(FUTURE_DATE, "", ErrorCode.INVALID_CALLBACK_TYPE));
        }

        private static Arguments bad(String date, String callbackType, ErrorCode expected) {
            return Arguments.of(date, callbackType, expected);
        }

        @ParameterizedTest(name = "\"{0}\" \"{1}\" -> {2}")
        @MethodSource("badReschedules")
        void aBadDateOrCallbackTypeIsRefused(String date, String callbackType, ErrorCode expected) {
            OutboundInteraction call = fixture.givenCompletedCall();

            assertRefusedAndNothingChanged(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, date, callbackType)), call, expected);
        }

        @Test
        void aTimeInADaylightSavingGapOfTheRecordsZoneIsRefused() {
            fixture.deliverOnPull(ApplicationFixture.newYorkRecord());
            OutboundInteraction preview = fixture.givenPreview();

            // New York clocks jump from 02:00 to 03:00 on 03/09/2031: 02:30 never happens there.
            assertRefusedAndNothingChanged(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(preview), preview.currentHandle(), "03/09/2031 02:30", "PERSONAL")),
                    preview, ErrorCode.RESCHEDULE_IN_DST_GAP);
        }

        @Test
        void theSameLocalTimeOutsideTheGapIsAccepted() {
            fixture.deliverOnPull(ApplicationFixture.newYorkRecord());
            OutboundInteraction preview = fixture.givenPreview();

            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(preview), preview.currentHandle(), "03/10/2031 02:30", "PERSONAL"));

            assertThat(fixture.current(preview).pending().reschedule()).map(r -> r.callback().at())
                    .contains(Instant.parse("2031-03-10T06:30:00Z"));
        }

        @Test
        void aRecordHandleOutsideTheChainIsRefused() {
            OutboundInteraction call = fixture.givenCompletedCall();

            assertRefusedAndNothingChanged(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), OUTSIDE_CHAIN, FUTURE_DATE, "PERSONAL")), call,
                    ErrorCode.RECORD_NOT_IN_CHAIN);
        }

        @Test
        void aRescheduleIsRefusedWhileDoNotCallIsPending() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.doNotCall().setDoNotCall(ref(call));
            OutboundInteraction marked = fixture.current(call);
            fixture.startWatching();

            assertRefusedAndNothingChanged(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL")), marked,
                    ErrorCode.RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL);
        }

        @Test
        void aRefusedRescheduleKeepsTheOnePending() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));
            OutboundInteraction rescheduled = fixture.current(call);
            fixture.startWatching();

            assertRefusedAndNothingChanged(() -> fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, "02/30/2031 10:00", "PERSONAL")), rescheduled,
                    ErrorCode.INVALID_RESCHEDULE_DATE);
        }
    }

    @Nested
    class CancelReschedule {
        @Test
        void clearsThePendingReschedule() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));
            fixture.startWatching();

            fixture.useCases.rescheduleRecord().cancelReschedule(ref(call));

            assertThat(fixture.current(call)).isEqualTo(call);
            verifyNoInteractions(fixture.backend);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
        }

        @Test
        void withNothingPendingItIsRefused() {
            OutboundInteraction call = fixture.givenCompletedCall();

            assertRefusedAndNothingChanged(() -> fixture.useCases.rescheduleRecord().cancelReschedule(ref(call)),
                    call, ErrorCode.NO_RESCHEDULE_PENDING);
        }

        @Test
        void afterCancellingDoNotCallMayBeSet() {
            OutboundInteraction call = fixture.givenCompletedCall();
            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));
            fixture.useCases.rescheduleRecord().cancelReschedule(ref(call));

            fixture.useCases.doNotCall().setDoNotCall(ref(call));

            assertThat(fixture.current(call).pending().doNotCall()).isTrue();
        }
    }
}
