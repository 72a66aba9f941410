package dev.outbound.port.in;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.OutboundInteraction;
import java.util.List;

/** {@code interaction.getInteractions} and {@code interaction.getByInteractionId}: the agent's open interactions. */
public interface InteractionQueryUseCase {
    List<OutboundInteraction> getInteractions(AgentId agent);

    /** The interaction; fails with INTERACTION_NOT_FOUND when the agent has no open interaction with that id. */
    OutboundInteraction getByInteractionId(InteractionRef interaction);
}
