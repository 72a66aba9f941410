package dev.outbound.port.in;

import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.OutboundInteraction;

/** Something an agent's desktop is told without asking: on topic {@code outbound} or {@code interaction}. */
public sealed interface AgentEvent {
    /** The agent the event is for. */
    AgentId agent();

    /** Topic {@code outbound}: a campaign of the agent's group changed. */
    record CampaignChanged(AgentId agent, CampaignEvent event) implements AgentEvent {
        public CampaignChanged {
            Require.present(agent, "agent");
            Require.present(event, "campaign event");
        }
    }

    /**
     * Topic {@code interaction}: an interaction was added (a pushed record, or the call made from a preview),
     * updated (call state), or removed (marked done, rejected, cancelled, withdrawn, or replaced by its call).
     */
    record InteractionChanged(AgentId agent, Change change, OutboundInteraction interaction) implements AgentEvent {
        /** What happened to the interaction. */
        public enum Change { ADDED, UPDATED, REMOVED }

        public InteractionChanged {
            Require.present(agent, "agent");
            Require.present(change, "change");
            Require.present(interaction, "interaction");
        }
    }
}
