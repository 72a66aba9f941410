package dev.outbound.application;

import static dev.outbound.application.ApplicationFixture.AGENT;
import static dev.outbound.application.ApplicationFixture.CUSTOM_STRING;
import static dev.outbound.application.ApplicationFixture.DELIVERED;
import static dev.outbound.application.ApplicationFixture.FUTURE_DATE;
import static dev.outbound.application.ApplicationFixture.OTHER_AGENT;
import static dev.outbound.application.ApplicationFixture.call;
import static dev.outbound.application.ApplicationFixture.callResult;
import static dev.outbound.application.ApplicationFixture.previewRef;
import static dev.outbound.application.ApplicationFixture.ref;
import static dev.outbound.application.ApplicationFixture.refusalOf;
import static dev.outbound.application.ApplicationFixture.reschedule;
import static dev.outbound.application.ApplicationFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.interaction.InteractionState;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.UseCases;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finding interactions (interaction.getInteractions, interaction.getByInteractionId), and the rule every request
 * that names an interaction follows: an agent only ever finds its own open interactions. An id that was never
 * handed out, another agent's, a finished interaction's, or a preview's old id once it became a call: to the agent
 * none of them exists (INTERACTION_NOT_FOUND), and the request changes nothing and sends nothing.
 */
class InteractionLookupTest {
    private final ApplicationFixture fixture = new ApplicationFixture();

    @Test
    void getInteractionsListsTheAgentsOpenInteractionsOldestFirst() {
        OutboundInteraction call = fixture.givenActiveCall();
        OutboundInteraction preview = fixture.givenPreview();

        assertThat(fixture.useCases.interactions().getInteractions(AGENT))
                .containsExactly(fixture.current(call), preview);
    }

    @Test
    void getInteractionsListsNoneOfAnotherAgentsInteractions() {
        fixture.givenActiveCall();
        fixture.givenPreview();

        assertThat(fixture.useCases.interactions().getInteractions(OTHER_AGENT)).isEmpty();
    }

    @Test
    void getByInteractionIdGivesTheInteractionAsItIsNow() {
        OutboundInteraction call = fixture.givenDialingCall();
        fixture.backendEvents.callConnected(AGENT, call.id());

        OutboundInteraction found = fixture.useCases.interactions().getByInteractionId(ref(call));

        assertThat(found.id()).isEqualTo(call.id());
        assertThat(found.state()).isEqualTo(InteractionState.ACTIVE);
    }

    @Test
    void readingInteractionsSendsNothingAndTellsNobody() {
        OutboundInteraction preview = fixture.givenPreview();

        fixture.useCases.interactions().getInteractions(AGENT);
        fixture.useCases.interactions().getByInteractionId(ref(preview));

        verifyNoInteractions(fixture.backend);
        assertThat(fixture.events).isEmpty();
    }

    // ------------------------------------------------------------------ the table

    /** Ways an id can name no open interaction of {@link ApplicationFixture#AGENT}, each setting its scene. */
    static Stream<Named<Function<ApplicationFixture, InteractionRef>>> idsTheAgentDoesNotHave() {
        return Stream.of(
                Named.of("an id never handed out", f -> {
                    f.givenPreview();
                    return ref(AGENT, "999");
                }),
                Named.of("another agent's preview", f -> {
                    f.givenPreview();
                    return new InteractionRef(AGENT, f.givenPreview(OTHER_AGENT).id());
                }),
                Named.of("another agent's completed call", f -> {
                    f.givenPreview();
                    return new InteractionRef(AGENT, f.givenCompletedCall(OTHER_AGENT).id());
                }),
                Named.of("a call marked done", f -> {
                    OutboundInteraction call = f.givenCompletedCall();
                    f.useCases.markDone().markDone(ref(call));
                    f.startWatching();
                    return ref(call);
                }),
                Named.of("a rejected preview", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    f.useCases.rejectPreviewRecord().rejectPreviewRecord(previewRef(preview));
                    f.startWatching();
                    return ref(preview);
                }),
                Named.of("a cancelled preview", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    f.useCases.cancelPreviewRecord().cancelPreviewRecord(previewRef(preview));
                    f.startWatching();
                    return ref(preview);
                }),
                Named.of("a preview withdrawn by the backend", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    f.backendEvents.recordWithdrawn(AGENT, DELIVERED);
                    f.startWatching();
                    return ref(preview);
                }),
                Named.of("the old id of a preview that was dialed", f -> {
                    OutboundInteraction preview = f.givenPreview();
                    f.givenDialed(preview, DELIVERED);
                    return ref(preview);
                }));
    }

    /** Every request that names an interaction. */
    static Stream<Named<BiConsumer<UseCases, InteractionRef>>> requestsNamingAnInteraction() {
        return Stream.of(
                Named.of("getByInteractionId", (u, ref) -> u.interactions().getByInteractionId(ref)),
                Named.of("callPreviewRecord",
                        (u, ref) -> u.callPreviewRecord().callPreviewRecord(call(ref, DELIVERED))),
                Named.of("rejectPreviewRecord",
                        (u, ref) -> u.rejectPreviewRecord().rejectPreviewRecord(previewRef(ref))),
                Named.of("cancelPreviewRecord",
                        (u, ref) -> u.cancelPreviewRecord().cancelPreviewRecord(previewRef(ref))),
                Named.of("setCallResult", (u, ref) -> u.setCallResult().setCallResult(callResult(ref, "33"))),
                Named.of("getCallResult", (u, ref) -> u.getCallResult().getCallResult(ref)),
                Named.of("setDoNotCall", (u, ref) -> u.doNotCall().setDoNotCall(ref)),
                Named.of("removeDoNotCall", (u, ref) -> u.doNotCall().removeDoNotCall(ref)),
                Named.of("rescheduleRecord", (u, ref) -> u.rescheduleRecord().rescheduleRecord(
                        reschedule(ref, DELIVERED, FUTURE_DATE, "PERSONAL"))),
                Named.of("cancelReschedule", (u, ref) -> u.rescheduleRecord().cancelReschedule(ref)),
                Named.of("getChainedRecords", (u, ref) -> u.getChainedRecords().getChainedRecords(ref)),
                Named.of("getRecordFields", (u, ref) -> u.recordFields().getRecordFields(ref)),
                Named.of("updateRecordFields", (u, ref) -> u.recordFields().updateRecordFields(
                        update(ref, CUSTOM_STRING, "call after 6"))),
                Named.of("hangUp", (u, ref) -> u.hangUp().hangUp(ref)),
                Named.of("markDone", (u, ref) -> u.markDone().markDone(ref)));
    }

    static Stream<Arguments> everyRequestWithEveryIdTheAgentDoesNotHave() {
        return requestsNamingAnInteraction().flatMap(request -> idsTheAgentDoesNotHave()
                .map(id -> Arguments.of(request, id)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyRequestWithEveryIdTheAgentDoesNotHave")
    void theInteractionIsNotFoundAndNothingChanges(BiConsumer<UseCases, InteractionRef> request,
                                                   Function<ApplicationFixture, InteractionRef> scene) {
        InteractionRef notTheAgents = scene.apply(fixture);
        ApplicationFixture.Snapshot before = fixture.snapshot();

        assertThat(refusalOf(() -> request.accept(fixture.useCases, notTheAgents)).code())
                .isEqualTo(ErrorCode.INTERACTION_NOT_FOUND);

        assertThat(fixture.snapshot()).isEqualTo(before);
        verifyNoInteractions(fixture.backend);
        assertThat(fixture.events).isEmpty();
        assertThat(fixture.otherAgentEvents).isEmpty();
    }
}
