package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.call;
import static dev.outbound.application.ApplicationFixture.callResult;
import static dev.outbound.application.ApplicationFixture.previewRef;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.theOnlyPreviewOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.UseCases;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the interaction's state does not allow (see the state table of OutboundInteraction): refused with
 * WRONG_INTERACTION_STATE, or NO_PREVIEW_INTERACTION when a request without an id finds no preview. The
 * application decides these alone: nothing reaches the backend, nothing changes, nobody is told anything.
 */
class RequestsOutOfOrderTest {
    private static final Function<ApplicationFixture, OutboundInteraction> PREVIEW = ApplicationFixture::givenPreview;
    private static final Function<ApplicationFixture, OutboundInteraction> DIALING =
            ApplicationFixture::givenDialingCall;
    private static final Function<ApplicationFixture, OutboundInteraction> ACTIVE = ApplicationFixture::givenActiveCall;
    private static final Function<ApplicationFixture, OutboundInteraction> COMPLETED =
            ApplicationFixture::givenCompletedCall;

    private static final BiConsumer<UseCases, OutboundInteraction> REJECT =
            (u, i) -> u.rejectPreviewRecord().rejectPreviewRecord(previewRef(i));
    private static final BiConsumer<UseCases, OutboundInteraction> CANCEL =
            (u, i) -> u.cancelPreviewRecord().cancelPreviewRecord(previewRef(i));
    private static final BiConsumer<UseCases, OutboundInteraction> DIAL =
            (u, i) -> u.callPreviewRecord().callPreviewRecord(call(ref(i), DELIVERED));
    private static final BiConsumer<UseCases, OutboundInteraction> HANG_UP = (u, i) -> u.hangUp().hangUp(ref(i));
    private static final BiConsumer<UseCases, OutboundInteraction> SET_CALL_RESULT =
            (u, i) -> u.setCallResult().setCallResult(callResult(ref(i), "33"));
    private static final BiConsumer<UseCases, OutboundInteraction> SET_DO_NOT_CALL =
            (u, i) -> u.doNotCall().setDoNotCall(ref(i));
    private static final BiConsumer<UseCases, OutboundInteraction> REMOVE_DO_NOT_CALL =
            (u, i) -> u.doNotCall().removeDoNotCall(ref(i));
    private static final BiConsumer<UseCases, OutboundInteraction> MARK_DONE =
            (u, i) -> u.markDone().markDone(ref(i));
    private static final BiConsumer<UseCases, OutboundInteraction> REJECT_THE_ONLY_PREVIEW =
            (u, i) -> u.rejectPreviewRecord().rejectPreviewRecord(theOnlyPreviewOf(AGENT));
    private static final BiConsumer<UseCases, OutboundInteraction> CANCEL_THE_ONLY_PREVIEW =
            (u, i) -> u.cancelPreviewRecord().cancelPreviewRecord(theOnlyPreviewOf(AGENT));

    static Stream<Arguments> requestsOutOfOrder() {
        ErrorCode wrongState = ErrorCode.WRONG_INTERACTION_STATE;
        return Stream.of(
                row("reject after dial", DIALING, REJECT, wrongState),
                row("reject during the call", ACTIVE, REJECT, wrongState),
                row("reject after the call", COMPLETED, REJECT, wrongState),
                row("cancel after dial", DIALING, CANCEL, wrongState),
                row("cancel after the call", COMPLETED, CANCEL, wrongState),
                row("call twice", DIALING, DIAL, wrongState),
                row("call again during the call", ACTIVE, DIAL, wrongState),
                row("call again after the call", COMPLETED, DIAL, wrongState),
                row("hang up a preview", PREVIEW, HANG_UP, wrongState),
                row("hang up twice", COMPLETED, HANG_UP, wrongState),
                row("set the call result on a preview", PREVIEW, SET_CALL_RESULT, wrongState),
                row("set the call result while dialing", DIALING, SET_CALL_RESULT, wrongState),
                row("set Do Not Call on a preview", PREVIEW, SET_DO_NOT_CALL, wrongState),
                row("set Do Not Call while dialing", DIALING, SET_DO_NOT_CALL, wrongState),
                row("remove Do Not Call on a preview", PREVIEW, REMOVE_DO_NOT_CALL, wrongState),
                row("mark done a preview with nothing pending", PREVIEW, MARK_DONE, wrongState),
                row("mark done while dialing", DIALING, MARK_DONE, wrongState),
                row("mark done during the call", ACTIVE, MARK_DONE, wrongState),
                row("reject without an id when the only interaction is a call", ACTIVE, REJECT_THE_ONLY_PREVIEW,
                        ErrorCode.NO_PREVIEW_INTERACTION),
                row("cancel without an id when the only interaction is a call", COMPLETED, CANCEL_THE_ONLY_PREVIEW,
                        ErrorCode.NO_PREVIEW_INTERACTION));
    }

    private static Arguments row(String what, Function<ApplicationFixture, OutboundInteraction> scene,
                                 BiConsumer<UseCases, OutboundInteraction> request, ErrorCode expected) {
        return Arguments.of(what, scene, request, expected);
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("requestsOutOfOrder")
    void isRefusedAndChangesNothing(String what, Function<ApplicationFixture, OutboundInteraction> scene,
                                    BiConsumer<UseCases, OutboundInteraction> request, ErrorCode expected) {
        ApplicationFixture fixture = new ApplicationFixture();
        OutboundInteraction before = scene.apply(fixture);

        assertThat(refusalOf(() -> request.accept(fixture.useCases, before)).code()).isEqualTo(expected);

        assertThat(fixture.current(before)).isEqualTo(before);
        verifyNoInteractions(fixture.backend);
        assertThat(fixture.events).isEmpty();
    }
}
