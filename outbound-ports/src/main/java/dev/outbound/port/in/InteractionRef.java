package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;

/** A command that names one interaction of the agent: the agent acting, and the interaction's id. */
public record InteractionRef(AgentId agent, InteractionId interactionId) {
    public InteractionRef {
        Require.present(agent, "agent");
        Require.present(interactionId, "interactionId");
    }

    public static InteractionRef of(String agent, String interactionId) {
        return new InteractionRef(AgentId.of(agent), InteractionId.of(interactionId));
    }
}
