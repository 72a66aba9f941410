package dev.outbound.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.SeedSamples;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldDefinition;
import dev.outbound.domain.field.FieldUpdateRejectedException;
import dev.outbound.domain.field.FieldValue;
import dev.outbound.domain.interaction.CompletionStep.DoNotCall;
import dev.outbound.domain.interaction.CompletionStep.RecordProcessed;
import dev.outbound.domain.interaction.CompletionStep.RecordReschedule;
import dev.outbound.domain.interaction.CompletionStep.UpdateCallCompletionStats;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutboundInteractionTest {
    static final RecordHandle DELIVERED = RecordHandle.of(283);
    static final RecordHandle CHAINED = RecordHandle.of(284);
    static final Callback CALLBACK = new Callback(Instant.parse("2031-05-27T00:55:00Z"), CallbackType.PERSONAL);
    static final FieldCatalog FIELDS = FieldCatalog.withSystemFields(
            List.of(FieldDefinition.varChar("GSW_CUSTOM_STRING", "Custom String", true, false, 255)));

    static OutboundInteraction preview() {
        return OutboundInteraction.delivered(InteractionId.of("1"), AgentId.of("agent1"), "Outbound Campaign Custom",
                DialingMode.PREVIEW, Chain.fromFlat(SeedSamples.chain()), FIELDS);
    }

    static OutboundInteraction dialing() {
        return preview().dial(InteractionId.of("2"), DELIVERED);
    }

    static OutboundInteraction active() {
        return dialing().callConnected();
    }

    static OutboundInteraction completed() {
        return active().hangUp();
    }

    static OutboundInteraction rejected() {
        return preview().reject();
    }

    static OutboundInteraction done() {
        return completed().markDone();
    }

    @Nested
    class Lifecycle {
        @Test
        void deliveredRecordStartsAPreviewAboutTheDeliveredRecord() {
            OutboundInteraction preview = preview();

            assertThat(preview.state()).isEqualTo(InteractionState.PREVIEWING);
            assertThat(preview.kind()).isEqualTo(InteractionKind.PREVIEW);
            assertThat(preview.currentHandle()).isEqualTo(DELIVERED);
            assertThat(preview.callResult()).isEqualTo(CallResult.UNKNOWN);
            assertThat(preview.pending().isEmpty()).isTrue();
        }

        @Test
        void dialingMakesACallWithANewIdAboutTheChosenRecord() {
            OutboundInteraction call = preview().dial(InteractionId.of("2"), CHAINED);

            assertThat(call.id()).isEqualTo(InteractionId.of("2"));
            assertThat(call.kind()).isEqualTo(InteractionKind.CALL);
            assertThat(call.state()).isEqualTo(InteractionState.DIALING);
            assertThat(call.currentRecord().phone()).isEqualTo("+33647004");
        }

        @Test
        void theDialedRecordCountsOneMoreAttemptAndTheOthersDoNot() {
            OutboundInteraction preview = preview();

            OutboundInteraction call = preview.dial(InteractionId.of("2"), CHAINED);

            assertThat(call.currentRecord().attempts()).isEqualTo(preview.chain().require(CHAINED).attempts() + 1);
            assertThat(call.currentValues()).containsEntry("GSW_ATTEMPTS",
                    (long) preview.chain().require(CHAINED).attempts() + 1);
            assertThat(call.chain().require(DELIVERED)).isEqualTo(preview.chain().require(DELIVERED));
        }

        @Test
        void aConnectedCallIsAnsweredAndCompletesWhenHungUp() {
            OutboundInteraction completed = active().hangUp();

            assertThat(completed.state()).isEqualTo(InteractionState.COMPLETED);
            assertThat(completed.callResult()).isEqualTo(CallResult.ANSWER);
        }

        @Test
        void aFailedDialCompletesWithItsOutcome() {
            OutboundInteraction completed = dialing().callFailed(CallResult.BUSY);

            assertThat(completed.state()).isEqualTo(InteractionState.COMPLETED);
            assertThat(completed.callResult()).isEqualTo(CallResult.BUSY);
        }

        @Test
        void hangingUpWhileDialingCountsAsNoAnswer() {
            assertThat(dialing().hangUp().callResult()).isEqualTo(CallResult.NO_ANSWER);
        }

        @Test
        void rejectAndCancelEndThePreview() {
            assertThat(preview().reject().state()).isEqualTo(InteractionState.REJECTED);
            assertThat(preview().cancel().state()).isEqualTo(InteractionState.CANCELLED);
            assertThat(preview().cancel().isFinished()).isTrue();
        }
    }

    /** Every request that a state does not allow, with the state it was tried in. */
    static Stream<Arguments> requestsOutOfOrder() {
        UnaryOperator<OutboundInteraction> dial = i -> i.dial(InteractionId.of("9"), DELIVERED);
        UnaryOperator<OutboundInteraction> reject = OutboundInteraction::reject;
        UnaryOperator<OutboundInteraction> cancel = OutboundInteraction::cancel;
        UnaryOperator<OutboundInteraction> hangUp = OutboundInteraction::hangUp;
        UnaryOperator<OutboundInteraction> markDone = OutboundInteraction::markDone;
        UnaryOperator<OutboundInteraction> setResult = i -> i.setCallResult(CallResult.BUSY);
        UnaryOperator<OutboundInteraction> setDnc = OutboundInteraction::setDoNotCall;
        UnaryOperator<OutboundInteraction> connect = OutboundInteraction::callConnected;
        UnaryOperator<OutboundInteraction> reschedule = i -> i.reschedule(DELIVERED, CALLBACK);
        UnaryOperator<OutboundInteraction> edit = i -> i.updateFields(Map.of("GSW_CUSTOM_STRING", FieldValue.of("x")));
        return Stream.of(
                Arguments.of("reject after dial", dialing(), reject),
                Arguments.of("cancel after dial", active(), cancel),
                Arguments.of("call twice", dialing(), dial),
                Arguments.of("call after hang up", completed(), dial),
                Arguments.of("hang up a preview", preview(), hangUp),
                Arguments.of("hang up twice", completed(), hangUp),
                Arguments.of("mark done while dialing", dialing(), markDone),
                Arguments.of("mark done during the call", active(), markDone),
                Arguments.of("mark done a bare preview", preview(), markDone),
                Arguments.of("mark done twice", done(), markDone),
                Arguments.of("call result on a preview", preview(), setResult),
                Arguments.of("call result while dialing", dialing(), setResult),
                Arguments.of("DNC on a preview", preview(), setDnc),
                Arguments.of("connect an active call", active(), connect),
                Arguments.of("reject a rejected preview", rejected(), reject),
                Arguments.of("reschedule after done", done(), reschedule),
                Arguments.of("edit fields of a rejected preview", rejected(), edit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsOutOfOrder")
    void requestsOutOfOrderAreRefusedAndChangeNothing(String what, OutboundInteraction before,
                                                      UnaryOperator<OutboundInteraction> request) {
        OutboundInteraction copy = before;

        assertThatThrownBy(() -> request.apply(before))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("it is " + before.state())
                .satisfies(e -> assertThat(((OutboundException) e).code())
                        .isEqualTo(ErrorCode.WRONG_INTERACTION_STATE));
        assertThat(before).isEqualTo(copy);
    }

    @Nested
    class PendingChangesRules {
        @Test
        void callResultIsPendingAndReadBack() {
            OutboundInteraction withResult = completed().setCallResult(CallResult.WRONG_PARTY);

            assertThat(withResult.callResult()).isEqualTo(CallResult.WRONG_PARTY);
            assertThat(withResult.pending().callResult()).contains(CallResult.WRONG_PARTY);
        }

        @Test
        void callResultIsRefusedWhileDoNotCallIsPending() {
            OutboundInteraction marked = active().setDoNotCall();

            assertThatThrownBy(() -> marked.setCallResult(CallResult.ANSWER))
                    .hasMessageContaining("remove Do Not Call")
                    .satisfies(e -> assertThat(((OutboundException) e).code())
                            .isEqualTo(ErrorCode.CALL_RESULT_WHILE_DO_NOT_CALL));
            assertThat(marked.removeDoNotCall().setCallResult(CallResult.ANSWER).callResult())
                    .isEqualTo(CallResult.ANSWER);
        }

        @Test
        void removingDoNotCallNeedsAPendingMark() {
            assertThatThrownBy(() -> active().removeDoNotCall())
                    .satisfies(e -> assertThat(((OutboundException) e).code())
                            .isEqualTo(ErrorCode.DO_NOT_CALL_NOT_PENDING));
            assertThat(active().setDoNotCall().setDoNotCall().pending().doNotCall()).isTrue();
        }

        @Test
        void rescheduleAndDoNotCallExcludeEachOther() {
            assertThatThrownBy(() -> active().setDoNotCall().reschedule(DELIVERED, CALLBACK))
                    .satisfies(e -> assertThat(((OutboundException) e).code())
                            .isEqualTo(ErrorCode.RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL));
            assertThatThrownBy(() -> active().reschedule(DELIVERED, CALLBACK).setDoNotCall())
                    .satisfies(e -> assertThat(((OutboundException) e).code())
                            .isEqualTo(ErrorCode.RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL));
        }

        @Test
        void rescheduleNeedsARecordOfTheChainAndCanBeCancelled() {
            assertThatThrownBy(() -> active().reschedule(RecordHandle.of(999), CALLBACK))
                    .satisfies(e -> assertThat(((OutboundException) e).code())
                            .isEqualTo(ErrorCode.RECORD_NOT_IN_CHAIN));
            OutboundInteraction rescheduled = active().reschedule(CHAINED, CALLBACK);
            assertThat(rescheduled.pending().reschedule()).contains(new PendingReschedule(CHAINED, CALLBACK));
            assertThat(rescheduled.cancelReschedule().pending().reschedule()).isEmpty();
            assertThatThrownBy(() -> active().cancelReschedule())
                    .satisfies(e -> assertThat(((OutboundException) e).code())
                            .isEqualTo(ErrorCode.NO_RESCHEDULE_PENDING));
        }

        @Test
        void seedFieldUpdateIsAcceptedAndShownAsPending() {
            Map<String, FieldValue> seedUpdate = new LinkedHashMap<>();
            seedUpdate.put("GSW_FROM", FieldValue.of("10.15"));
            seedUpdate.put("GSW_UNTIL", FieldValue.of("23:45"));
            seedUpdate.put("GSW_PHONE_TYPE", FieldValue.of(9));
            seedUpdate.put("GSW_CUSTOM_STRING", FieldValue.of("Custom message"));

            OutboundInteraction edited = preview().updateFields(seedUpdate);

            assertThat(edited.currentValues()).containsEntry("GSW_FROM", 36900L).containsEntry("GSW_UNTIL", 85500L)
                    .containsEntry("GSW_PHONE_TYPE", 9L).containsEntry("GSW_CUSTOM_STRING", "Custom message");
            assertThat(edited.recordFields()).anySatisfy(f -> {
                assertThat(f.name()).isEqualTo("GSW_FROM");
                assertThat(f.value()).isEqualTo("10:15");
            });
            assertThat(edited.currentRecord().window().fromSeconds()).as("the record itself waits for mark done")
                    .isZero();
        }

        @Test
        void theCurrentPhoneIsTheEditedOneAsInTheCurrentValues() {
            OutboundInteraction untouched = preview();
            OutboundInteraction edited = untouched.updateFields(Map.of("GSW_PHONE",
                    FieldValue.of("+1 (555) 010-0199")));

            assertThat(untouched.currentPhone()).isEqualTo(untouched.currentRecord().phone())
                    .isEqualTo(untouched.currentValues().get("GSW_PHONE"));
            assertThat(edited.currentPhone()).isEqualTo("+1 (555) 010-0199")
                    .isEqualTo(edited.currentValues().get("GSW_PHONE"));
            assertThat(edited.currentRecord().phone()).as("the record itself waits for mark done")
                    .isEqualTo(untouched.currentRecord().phone());
        }

        @Test
        void aRefusedFieldUpdateChangesNothing() {
            OutboundInteraction before = active().updateFields(Map.of("GSW_CUSTOM_STRING", FieldValue.of("kept")));
            Map<String, FieldValue> bad = new LinkedHashMap<>();
            bad.put("GSW_CUSTOM_STRING", FieldValue.of("lost"));
            bad.put("NO_SUCH_FIELD", FieldValue.of("x"));

            assertThatThrownBy(() -> before.updateFields(bad)).isInstanceOf(FieldUpdateRejectedException.class);
            assertThat(before.currentValues()).containsEntry("GSW_CUSTOM_STRING", "kept");
        }
    }

    @Nested
    class MarkDone {
        @Test
        void stepsGoInOcsOrder() {
            OutboundInteraction wrapped = completed()
                    .updateFields(Map.of("GSW_CUSTOM_STRING", FieldValue.of("note")))
                    .setCallResult(CallResult.ANSWER)
                    .reschedule(DELIVERED, CALLBACK);

            List<CompletionStep> steps = wrapped.completionSteps();

            assertThat(steps).containsExactly(
                    new UpdateCallCompletionStats(DELIVERED, Optional.of(CallResult.ANSWER),
                            Map.of("GSW_CUSTOM_STRING", "note")),
                    new RecordReschedule(DELIVERED, CALLBACK),
                    new RecordProcessed(DELIVERED, CallResult.ANSWER, Map.of("GSW_CUSTOM_STRING", "note")));
        }

        @Test
        void doNotCallGoesBetweenStatsAndProcessed() {
            List<CompletionStep> steps = completed().setDoNotCall().completionSteps();

            assertThat(steps).extracting(s -> s.getClass().getSimpleName())
                    .containsExactly("UpdateCallCompletionStats", "DoNotCall", "RecordProcessed");
            assertThat(steps.get(1)).isEqualTo(new DoNotCall(DELIVERED));
        }

        @Test
        void editsOfAnotherChainRecordAreSentAsItsOwnStats() {
            OutboundInteraction edited = preview().updateFields(Map.of("GSW_CUSTOM_STRING", FieldValue.of("pre")))
                    .dial(InteractionId.of("2"), CHAINED).callConnected().hangUp();

            assertThat(edited.completionSteps()).containsExactly(
                    new UpdateCallCompletionStats(CHAINED, Optional.of(CallResult.ANSWER), Map.of()),
                    new UpdateCallCompletionStats(DELIVERED, Optional.empty(), Map.of("GSW_CUSTOM_STRING", "pre")),
                    new RecordProcessed(CHAINED, CallResult.ANSWER, Map.of()));
        }

        @Test
        void aPreviewWithAPendingRescheduleCanBeMarkedDoneWithoutACall() {
            OutboundInteraction rescheduled = preview().reschedule(DELIVERED, CALLBACK);

            assertThat(rescheduled.completionSteps()).containsExactly(new RecordReschedule(DELIVERED, CALLBACK),
                    new RecordProcessed(DELIVERED, CallResult.UNKNOWN, Map.of()));
            assertThat(rescheduled.markDone().state()).isEqualTo(InteractionState.DONE);
        }

        @Test
        void markDoneClearsPendingChanges() {
            OutboundInteraction done = completed().setCallResult(CallResult.BUSY).markDone();

            assertThat(done.state()).isEqualTo(InteractionState.DONE);
            assertThat(done.pending().isEmpty()).isTrue();
            assertThat(done.isFinished()).isTrue();
        }

        @Test
        void aDoneInteractionShowsWhatWasSubmittedNotTheDialingOutcome() {
            OutboundInteraction done = completed().setCallResult(CallResult.OK)
                    .updateFields(Map.of("GSW_CUSTOM_STRING", FieldValue.of("note"))).markDone();

            assertThat(completed().callResult()).as("the outcome of the answered call").isEqualTo(CallResult.ANSWER);
            assertThat(done.callResult()).isEqualTo(CallResult.OK);
            assertThat(done.currentRecord().callResult()).isEqualTo(CallResult.OK);
            assertThat(done.currentValues()).containsEntry("GSW_CUSTOM_STRING", "note");
        }
    }

    @Test
    void idsAreGuarded() {
        for (String bad : new String[] {"", " 1", "1 ", "x".repeat(65)}) {
            assertThatThrownBy(() -> InteractionId.of(bad))
                    .satisfies(e -> assertThat(((OutboundException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE));
        }
        assertThatThrownBy(() -> InteractionId.of(null)).hasMessageContaining("nothing");
        assertThatThrownBy(() -> AgentId.of(" ")).hasMessageContaining("agent id");
    }
}
