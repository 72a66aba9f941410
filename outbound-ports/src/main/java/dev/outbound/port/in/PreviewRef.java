package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import java.util.Optional;

/**
 * Names a preview interaction for reject and cancel. The API reference documents these requests without an id
 * while the official client sends one: without an id, the request acts on the agent's only preview interaction.
 */
public record PreviewRef(AgentId agent, Optional<InteractionId> interactionId) {
    public PreviewRef {
        Require.present(agent, "agent");
        Require.present(interactionId, "interactionId (empty when not given)");
    }
}
