package dev.outbound.application;

import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.DoNotCallUseCase;
import dev.outbound.port.in.InteractionRef;

/** Pending Do Not Call marks; the backend hears of them at mark done. */
final class DoNotCallService implements DoNotCallUseCase {
    private final Interactions interactions;

    DoNotCallService(Interactions interactions) {
        this.interactions = interactions;
    }

    @Override
    public void setDoNotCall(InteractionRef ref) {
        interactions.change(ref, OutboundInteraction::setDoNotCall);
    }

    @Override
    public void removeDoNotCall(InteractionRef ref) {
        interactions.change(ref, OutboundInteraction::removeDoNotCall);
    }
}
