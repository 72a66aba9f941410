package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CHAINED;
import static dev.outbound.application.ApplicationFixture.CUSTOM_VARCHAR;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.FUTURE_DATE;
import static dev.outbound.application.ApplicationFixture.FUTURE_DATE_INSTANT;
import static dev.outbound.application.ApplicationFixture.callResult;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.reschedule;
import static dev.outbound.application.ApplicationFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import dev.outbound.port.contract.ContractClock;
import dev.outbound.port.out.OutboundBackend;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.InOrder;

/**
 * interaction.markdone: the pending changes go to the backend in OCS's order (UpdateCallCompletionStats, then
 * RecordReschedule or DoNotCall, then RecordProcessed) and the interaction closes. When any step fails, the
 * interaction stays open with everything pending, and a retry sends the whole sequence again.
 */
class MarkDoneTest {
    private static final Map<String, Object> VIP_NOTE = Map.of(CUSTOM_VARCHAR, "VIP");

    private final ApplicationFixture fixture = new ApplicationFixture();

    private void markDone(OutboundInteraction interaction) {
        fixture.useCases.markDone().markDone(ref(interaction));
    }

    @Test
    void aCallWithNothingPendingSendsItsOutcomeThenProcessesTheRecord() {
        OutboundInteraction call = fixture.givenCompletedCall();

        markDone(call);

        InOrder backend = inOrder(fixture.backend);
        backend.verify(fixture.backend).updateCallCompletionStats(AGENT, DELIVERED, Optional.of(CallResult.ANSWER),
                Map.of());
        backend.verify(fixture.backend).recordProcessed(AGENT, DELIVERED, CallResult.ANSWER, Map.of());
        verifyNoMoreInteractions(fixture.backend);
    }

    @Test
    void theInteractionIsClosedAndTheDesktopIsTold() {
        OutboundInteraction call = fixture.givenCompletedCall();

        markDone(call);

        assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
        assertThat(fixture.eventSummaries()).containsExactly("REMOVED " + call.id() + " DONE");
    }

    @Test
    void aRescheduleIsSentBetweenTheCompletionStatsAndRecordProcessed() {
        OutboundInteraction call = Scenario.RESCHEDULED.given(fixture);

        markDone(call);

        Scenario.RESCHEDULED.verifySentInOrder(fixture.backend);
        verifyNoMoreInteractions(fixture.backend);
    }

    @Test
    void doNotCallIsSentBetweenTheCompletionStatsAndRecordProcessed() {
        OutboundInteraction call = Scenario.DO_NOT_CALL.given(fixture);

        markDone(call);

        Scenario.DO_NOT_CALL.verifySentInOrder(fixture.backend);
        verifyNoMoreInteractions(fixture.backend);
    }

    @Test
    void doNotCallFinishesOnlyTheRecordWhenSoConfigured() {
        ApplicationFixture recordOnly = new ApplicationFixture(
                options -> options.doNotCallScope(ChainScope.RECORD_ONLY));
        OutboundInteraction call = recordOnly.givenCompletedCall();
        recordOnly.useCases.doNotCall().setDoNotCall(ref(call));

        recordOnly.useCases.markDone().markDone(ref(call));

        verify(recordOnly.backend).doNotCall(AGENT, DELIVERED, ChainScope.RECORD_ONLY);
    }

    @Test
    void aFailedDialSendsItsOutcome() {
        OutboundInteraction call = fixture.givenDialingCall();
        fixture.backendEvents.callEnded(AGENT, call.id(), CallResult.BUSY);
        fixture.startWatching();

        markDone(call);

        InOrder backend = inOrder(fixture.backend);
        backend.verify(fixture.backend).updateCallCompletionStats(AGENT, DELIVERED, Optional.of(CallResult.BUSY),
                Map.of());
        backend.verify(fixture.backend).recordProcessed(AGENT, DELIVERED, CallResult.BUSY, Map.of());
        verifyNoMoreInteractions(fixture.backend);
    }

    /** FUTURE_DATE is 01/27/2031 10:55 in Darwin; the agent sets it, then lets the interaction wait past it. */
    @Test
    void aRescheduleWhoseTimePassedWhileItWaitedIsRefusedAndEverythingStaysPending() {
        ContractClock clock = new ContractClock(ApplicationFixture.NOW);
        ApplicationFixture waiting = new ApplicationFixture(options -> options.clock(clock));
        OutboundInteraction call = waiting.givenCompletedCall();
        waiting.useCases.rescheduleRecord().rescheduleRecord(reschedule(ref(call), DELIVERED, FUTURE_DATE,
                "PERSONAL"));
        OutboundInteraction before = waiting.current(call);
        waiting.startWatching();
        clock.advance(Duration.between(ApplicationFixture.NOW, FUTURE_DATE_INSTANT));

        OutboundException refused = refusalOf(() -> waiting.useCases.markDone().markDone(ref(call)));

        assertThat(refused.code()).isEqualTo(ErrorCode.RESCHEDULE_IN_PAST);
        assertThat(refused.getMessage()).isEqualTo("the callback time of record 283, 01/27/2031 10:55 in ACT "
                + "(Australia/Darwin), passed while it was pending (the record's local time now is 01/27/2031 "
                + "10:55); reschedule it to a later time or cancel the reschedule, then mark done");
        verifyNoInteractions(waiting.backend);
        assertThat(waiting.current(call)).isEqualTo(before);

        clock.advance(Duration.ofMinutes(-1));
        waiting.useCases.markDone().markDone(ref(call));
        verify(waiting.backend).recordReschedule(AGENT, DELIVERED,
                new Callback(FUTURE_DATE_INSTANT, CallbackType.PERSONAL));
    }

    @Test
    void aPreviewRescheduledBeforeTheCallIsDoneWithoutCompletionStats() {
        OutboundInteraction preview = fixture.givenPreview();
        fixture.useCases.rescheduleRecord().rescheduleRecord(
                reschedule(ref(preview), DELIVERED, FUTURE_DATE, "CAMPAIGN"));
        fixture.startWatching();

        markDone(preview);

        InOrder backend = inOrder(fixture.backend);
        backend.verify(fixture.backend).recordReschedule(AGENT, DELIVERED,
                new Callback(FUTURE_DATE_INSTANT, CallbackType.CAMPAIGN));
        backend.verify(fixture.backend).recordProcessed(AGENT, DELIVERED, CallResult.UNKNOWN, Map.of());
        verifyNoMoreInteractions(fixture.backend);
        assertThat(fixture.eventSummaries()).containsExactly("REMOVED " + preview.id() + " DONE");
    }

    @Test
    void editsOfAnotherRecordOfTheChainGetTheirOwnCompletionStats() {
        OutboundInteraction preview = fixture.givenPreview();
        fixture.useCases.recordFields().updateRecordFields(update(ref(preview), CUSTOM_VARCHAR, "VIP"));
        OutboundInteraction call = fixture.givenDialed(preview, CHAINED);
        fixture.useCases.hangUp().hangUp(ref(call));
        fixture.startWatching();

        markDone(call);

        InOrder backend = inOrder(fixture.backend);
        backend.verify(fixture.backend).updateCallCompletionStats(AGENT, CHAINED, Optional.of(CallResult.NO_ANSWER),
                Map.of());
        backend.verify(fixture.backend).updateCallCompletionStats(AGENT, DELIVERED, Optional.empty(), VIP_NOTE);
        backend.verify(fixture.backend).recordProcessed(AGENT, CHAINED, CallResult.NO_ANSWER, Map.of());
        verifyNoMoreInteractions(fixture.backend);
    }

    @Test
    void markingDoneTwiceIsRefusedTheSecondTimeAndSendsNothingMore() {
        OutboundInteraction call = fixture.givenCompletedCall();
        markDone(call);
        fixture.startWatching();

        assertThat(refusalOf(() -> markDone(call)).code()).isEqualTo(ErrorCode.INTERACTION_NOT_FOUND);
        verifyNoInteractions(fixture.backend);
        assertThat(fixture.events).isEmpty();
    }

    // ------------------------------------------------------------------ a step fails

    /** Every step of both full sequences, failing with each kind of backend failure. */
    static Stream<Arguments> failedSteps() {
        return Stream.of(Scenario.values()).flatMap(scenario -> scenario.steps.stream()
                .flatMap(step -> ApplicationFixture.backendFailures()
                        .map(failure -> Arguments.of(scenario, step, failure))));
    }

    @ParameterizedTest(name = "{0}: {1} fails with {2}")
    @MethodSource("failedSteps")
    void whenAStepFailsTheInteractionStaysOpenWithItsPendingChanges(Scenario scenario, Step failing,
                                                                   OutboundException failure) {
        OutboundInteraction call = scenario.given(fixture);
        failing.failOnceWith(fixture.backend, failure);

        assertThat(refusalOf(() -> markDone(call)).code()).isEqualTo(failure.code());

        assertThat(fixture.current(call)).isEqualTo(call);
        assertThat(fixture.events).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} fails with {2}")
    @MethodSource("failedSteps")
    void whenAStepFailsTheStepsAfterItAreNotSent(Scenario scenario, Step failing, OutboundException failure) {
        OutboundInteraction call = scenario.given(fixture);
        failing.failOnceWith(fixture.backend, failure);

        refusalOf(() -> markDone(call));

        InOrder backend = inOrder(fixture.backend);
        for (Step step : scenario.steps.subList(0, scenario.steps.indexOf(failing) + 1)) {
            step.verifyTried(backend, fixture.backend);
        }
        verifyNoMoreInteractions(fixture.backend);
    }

    @ParameterizedTest(name = "{0}: {1} fails with {2}")
    @MethodSource("failedSteps")
    void aRetryAfterTheBackendRecoversSendsTheWholeSequenceAgain(Scenario scenario, Step failing,
                                                                OutboundException failure) {
        OutboundInteraction call = scenario.given(fixture);
        failing.failOnceWith(fixture.backend, failure);
        refusalOf(() -> markDone(call));
        fixture.startWatching();

        markDone(call);

        scenario.verifySentInOrder(fixture.backend);
        verifyNoMoreInteractions(fixture.backend);
        assertThat(fixture.useCases.interactions().getInteractions(AGENT)).isEmpty();
        assertThat(fixture.eventSummaries()).containsExactly("REMOVED " + call.id() + " DONE");
    }

    /** A completed call with a call result, an edited field, and a reschedule or a Do Not Call mark pending. */
    enum Scenario {
        RESCHEDULED(List.of(Step.UPDATE_CALL_COMPLETION_STATS, Step.RECORD_RESCHEDULE, Step.RECORD_PROCESSED)) {
            @Override
            OutboundInteraction given(ApplicationFixture fixture) {
                OutboundInteraction call = fixture.givenCompletedCall();
                fixture.useCases.setCallResult().setCallResult(callResult(ref(call), "40"));
                fixture.useCases.recordFields().updateRecordFields(update(ref(call), CUSTOM_VARCHAR, "VIP"));
                fixture.useCases.rescheduleRecord().rescheduleRecord(
                        reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));
                fixture.startWatching();
                return fixture.current(call);
            }

            @Override
            void verifySentInOrder(OutboundBackend mock) {
                InOrder backend = inOrder(mock);
                backend.verify(mock).updateCallCompletionStats(AGENT, DELIVERED,
                        Optional.of(CallResult.WRONG_PARTY), VIP_NOTE);
                backend.verify(mock).recordReschedule(AGENT, DELIVERED,
                        new Callback(FUTURE_DATE_INSTANT, CallbackType.PERSONAL));
                backend.verify(mock).recordProcessed(AGENT, DELIVERED, CallResult.WRONG_PARTY, VIP_NOTE);
            }
        },
        DO_NOT_CALL(List.of(Step.UPDATE_CALL_COMPLETION_STATS, Step.DO_NOT_CALL, Step.RECORD_PROCESSED)) {
            @Override
            OutboundInteraction given(ApplicationFixture fixture) {
                OutboundInteraction call = fixture.givenCompletedCall();
                fixture.useCases.recordFields().updateRecordFields(update(ref(call), CUSTOM_VARCHAR, "VIP"));
                fixture.useCases.doNotCall().setDoNotCall(ref(call));
                fixture.startWatching();
                return fixture.current(call);
            }

            @Override
            void verifySentInOrder(OutboundBackend mock) {
                InOrder backend = inOrder(mock);
                backend.verify(mock).updateCallCompletionStats(AGENT, DELIVERED, Optional.of(CallResult.ANSWER),
                        VIP_NOTE);
                backend.verify(mock).doNotCall(AGENT, DELIVERED, ChainScope.ALL_CHAIN);
                backend.verify(mock).recordProcessed(AGENT, DELIVERED, CallResult.ANSWER, VIP_NOTE);
            }
        };

        final List<Step> steps;

        Scenario(List<Step> steps) {
            this.steps = steps;
        }

        /** Brings {@link ApplicationFixture#AGENT}'s call to the point of mark done; returns it as it is then. */
        abstract OutboundInteraction given(ApplicationFixture fixture);

        /** Verifies the scenario's full sequence reached the backend, exact arguments, in order. */
        abstract void verifySentInOrder(OutboundBackend mock);
    }

    /** One backend request of mark done: it can fail once (then the backend recovers), and be verified. */
    enum Step {
        UPDATE_CALL_COMPLETION_STATS {
            @Override
            void failOnceWith(OutboundBackend mock, OutboundException failure) {
                doThrow(failure).doNothing().when(mock).updateCallCompletionStats(any(), any(), any(), any());
            }

            @Override
            void verifyTried(InOrder inOrder, OutboundBackend mock) {
                inOrder.verify(mock).updateCallCompletionStats(any(), any(), any(), any());
            }
        },
        RECORD_RESCHEDULE {
            @Override
            void failOnceWith(OutboundBackend mock, OutboundException failure) {
                doThrow(failure).doNothing().when(mock).recordReschedule(any(), any(), any());
            }

            @Override
            void verifyTried(InOrder inOrder, OutboundBackend mock) {
                inOrder.verify(mock).recordReschedule(any(), any(), any());
            }
        },
        DO_NOT_CALL {
            @Override
            void failOnceWith(OutboundBackend mock, OutboundException failure) {
                doThrow(failure).doNothing().when(mock).doNotCall(any(), any(), any());
            }

            @Override
            void verifyTried(InOrder inOrder, OutboundBackend mock) {
                inOrder.verify(mock).doNotCall(any(), any(), any());
            }
        },
        RECORD_PROCESSED {
            @Override
            void failOnceWith(OutboundBackend mock, OutboundException failure) {
                doThrow(failure).doNothing().when(mock).recordProcessed(any(), any(), any(), any());
            }

            @Override
            void verifyTried(InOrder inOrder, OutboundBackend mock) {
                inOrder.verify(mock).recordProcessed(any(), any(), any(), any());
            }
        };

        abstract void failOnceWith(OutboundBackend mock, OutboundException failure);

        abstract void verifyTried(InOrder inOrder, OutboundBackend mock);
    }
}
