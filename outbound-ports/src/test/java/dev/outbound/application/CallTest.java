package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.FUTURE_DATE;
import static dev.outbound.application.ApplicationFixture.OTHER_AGENT;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.reschedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.outbound.domain.OutboundException;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.result.CallResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The call: the backend reports it connected or ended (BackendListener callConnected / callEnded), and the agent
 * hangs it up (voice.hangUp). A call event about a call the agent no longer has is dropped.
 */
class CallTest {
    private final ApplicationFixture fixture = new ApplicationFixture();

    @Nested
    class HangUp {
        @Test
        void releasesTheCallOnTheBackend() {
            OutboundInteraction call = fixture.givenActiveCall();

            fixture.useCases.hangUp().hangUp(ref(call));

            verify(fixture.backend).releaseCall(AGENT, call.id());
            verifyNoMoreInteractions(fixture.backend);
        }

        @Test
        void theCallIsCompletedAndWaitsForWrapUp() {
            OutboundInteraction call = fixture.givenActiveCall();

            fixture.useCases.hangUp().hangUp(ref(call));

            OutboundInteraction completed = fixture.current(call);
            assertThat(completed.state()).isEqualTo(InteractionState.COMPLETED);
            assertThat(completed.callResult()).isEqualTo(CallResult.ANSWER);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
        }

        @Test
        void hangingUpBeforeTheAnswerCountsAsNoAnswer() {
            OutboundInteraction call = fixture.givenDialingCall();

            fixture.useCases.hangUp().hangUp(ref(call));

            verify(fixture.backend).releaseCall(AGENT, call.id());
            assertThat(fixture.current(call).state()).isEqualTo(InteractionState.COMPLETED);
            assertThat(fixture.current(call).callResult()).isEqualTo(CallResult.NO_ANSWER);
        }

        @ParameterizedTest
        @MethodSource("dev.outbound.application.ApplicationFixture#backendFailures")
        void whenTheBackendCannotReleaseTheCallItStaysActive(OutboundException failure) {
            OutboundInteraction call = fixture.givenActiveCall();
            doThrow(failure).when(fixture.backend).releaseCall(any(), any());

            assertThat(refusalOf(() -> fixture.useCases.hangUp().hangUp(ref(call))).code())
                    .isEqualTo(failure.code());
            assertThat(fixture.current(call)).isEqualTo(call);
            assertThat(fixture.events).isEmpty();
        }
    }

    @Nested
    class CallProgress {
        @Test
        void anAnsweredCallBecomesActive() {
            OutboundInteraction call = fixture.givenDialingCall();

            fixture.backendEvents.callConnected(AGENT, call.id());

            assertThat(fixture.current(call).state()).isEqualTo(InteractionState.ACTIVE);
            assertThat(fixture.current(call).callResult()).isEqualTo(CallResult.ANSWER);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " ACTIVE");
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void aCallThatFailsToConnectIsCompletedWithTheDialingOutcome() {
            OutboundInteraction call = fixture.givenDialingCall();

            fixture.backendEvents.callEnded(AGENT, call.id(), CallResult.BUSY);

            assertThat(fixture.current(call).state()).isEqualTo(InteractionState.COMPLETED);
            assertThat(fixture.current(call).callResult()).isEqualTo(CallResult.BUSY);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
            verifyNoInteractions(fixture.backend);
        }

        @Test
        void aCallTheCustomerHangsUpIsCompletedAsAnswered() {
            OutboundInteraction call = fixture.givenActiveCall();

            fixture.backendEvents.callEnded(AGENT, call.id(), CallResult.ANSWER);

            assertThat(fixture.current(call).state()).isEqualTo(InteractionState.COMPLETED);
            assertThat(fixture.current(call).callResult()).isEqualTo(CallResult.ANSWER);
            assertThat(fixture.eventSummaries()).containsExactly("UPDATED " + call.id() + " COMPLETED");
        }

        @Test
        void aCallEventKeepsThePendingChanges() {
            OutboundInteraction call = fixture.givenDialingCall();
            fixture.useCases.rescheduleRecord().rescheduleRecord(
                    reschedule(ref(call), DELIVERED, FUTURE_DATE, "PERSONAL"));
            OutboundInteraction rescheduled = fixture.current(call);

            fixture.backendEvents.callConnected(AGENT, call.id());

            assertThat(fixture.current(call).pending()).isEqualTo(rescheduled.pending());
        }
    }

    /**
     * Call events that find no call in the state they expect. Each row sets the scene and gives back the event
     * the backend then sends; the event is dropped and changes nothing.
     */
    static Stream<Arguments> callEventsToDrop() {
        return Stream.of(
                drop("connected: an id never handed out", f -> {
                    f.givenDialingCall();
                    return () -> f.backendEvents.callConnected(AGENT, InteractionId.of("999"));
                }),
                drop("ended: an id never handed out", f -> {
                    f.givenDialingCall();
                    return () -> f.backendEvents.callEnded(AGENT, InteractionId.of("999"), CallResult.BUSY);
                }),
                drop("connected: another agent's call, named for this agent", f -> {
                    OutboundInteraction theirs = f.givenDialingCall(OTHER_AGENT);
                    return () -> f.backendEvents.callConnected(AGENT, theirs.id());
                }),
                drop("ended: this agent's call, named for another agent", f -> {
                    OutboundInteraction mine = f.givenActiveCall();
                    return () -> f.backendEvents.callEnded(OTHER_AGENT, mine.id(), CallResult.DROPPED);
                }),
                drop("connected: a preview, not a call", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    return () -> f.backendEvents.callConnected(AGENT, preview.id());
                }),
                drop("ended: a preview, not a call", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    return () -> f.backendEvents.callEnded(AGENT, preview.id(), CallResult.NO_ANSWER);
                }),
                drop("connected: the old preview id of a dialed call", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    f.givenDialed(preview, DELIVERED);
                    return () -> f.backendEvents.callConnected(AGENT, preview.id());
                }),
                drop("connected: a call already active", f -> {
                    OutboundInteraction call = f.givenActiveCall();
                    return () -> f.backendEvents.callConnected(AGENT, call.id());
                }),
                drop("connected: a call the agent already hung up", f -> {
                    OutboundInteraction call = f.givenCompletedCall();
                    return () -> f.backendEvents.callConnected(AGENT, call.id());
                }),
                drop("ended: a call the agent already hung up", f -> {
                    OutboundInteraction call = f.givenCompletedCall();
                    return () -> f.backendEvents.callEnded(AGENT, call.id(), CallResult.DROPPED);
                }),
                drop("ended: a call already marked done", f -> {
                    OutboundInteraction call = f.givenCompletedCall();
                    f.useCases.markDone().markDone(ref(call));
                    f.startWatching();
                    return () -> f.backendEvents.callEnded(AGENT, call.id(), CallResult.DROPPED);
                }));
    }

    private static Arguments drop(String event, Function<ApplicationFixture, Runnable> sceneThenEvent) {
        return Arguments.of(event, sceneThenEvent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callEventsToDrop")
    void aCallEventForNoSuchCallIsDroppedAndChangesNothing(String event,
                                                           Function<ApplicationFixture, Runnable> sceneThenEvent) {
        Runnable backendEvent = sceneThenEvent.apply(fixture);
        ApplicationFixture.Snapshot before = fixture.snapshot();

        backendEvent.run();

        assertThat(fixture.snapshot()).isEqualTo(before);
        assertThat(fixture.events).isEmpty();
        assertThat(fixture.otherAgentEvents).isEmpty();
        verifyNoInteractions(fixture.backend);
    }
}
