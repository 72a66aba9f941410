package dev.outbound.application;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.InteractionQueryUseCase;
import dev.outbound.port.in.InteractionRef;
import java.util.List;

/** The agent's open interactions. */
final class InteractionQueryService implements InteractionQueryUseCase {
    private final Interactions interactions;

    InteractionQueryService(Interactions interactions) {
        this.interactions = interactions;
    }

    @Override
    public List<OutboundInteraction> getInteractions(AgentId agent) {
        return interactions.store().findAll(Require.present(agent, "agent"));
    }

    @Override
    public OutboundInteraction getByInteractionId(InteractionRef ref) {
        return interactions.require(ref);
    }
}
