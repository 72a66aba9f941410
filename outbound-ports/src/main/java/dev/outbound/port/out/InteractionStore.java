package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.OutboundInteraction;
import java.util.List;
import java.util.Optional;

/**
 * Where the application keeps agents' open interactions and their pending changes. The default keeps them in
 * memory; a store shared by several processes can take its place. Interactions are always looked up by agent and
 * id together, so one agent can never reach another's.
 */
public interface InteractionStore {
    /** A fresh interaction id, never handed out before by this store. */
    InteractionId nextId();

    /** The agent's interaction with that id, if it is open. */
    Optional<OutboundInteraction> find(AgentId agent, InteractionId id);

    /** The agent's open interactions, oldest first. */
    List<OutboundInteraction> findAll(AgentId agent);

    /** Adds or replaces the interaction (by its agent and id). */
    void save(OutboundInteraction interaction);

    /** Removes the agent's interaction with that id; nothing happens when there is none. */
    void remove(AgentId agent, InteractionId id);
}
