package dev.outbound.application;

import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.HangUpUseCase;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.out.CallControlPort;

/** {@code voice.hangUp}: release the call; the interaction moves to wrap-up (completed). */
final class HangUpService implements HangUpUseCase {
    private final CallControlPort calls;
    private final Interactions interactions;

    HangUpService(CallControlPort calls, Interactions interactions) {
        this.calls = calls;
        this.interactions = interactions;
    }

    @Override
    public void hangUp(InteractionRef ref) {
        interactions.locks().withLock(ref.agent(), () -> {
            OutboundInteraction call = interactions.require(ref);
            OutboundInteraction completed = call.hangUp();
            calls.releaseCall(call.agentId(), call.id());
            interactions.store().save(completed);
            interactions.events().interactionChanged(Change.UPDATED, completed);
        });
    }
}
