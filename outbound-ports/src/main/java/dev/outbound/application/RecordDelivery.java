package dev.outbound.application;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.out.DeliveredRecord;

/** Turns a record delivered by the backend (pulled or pushed) into a new preview interaction of the agent. */
final class RecordDelivery {
    private final Interactions interactions;

    RecordDelivery(Interactions interactions) {
        this.interactions = interactions;
    }

    OutboundInteraction open(AgentId agent, DeliveredRecord record) {
        return interactions.locks().withLock(agent, () -> {
            OutboundInteraction preview = OutboundInteraction.delivered(interactions.store().nextId(), agent,
                    record.campaign().name(), record.campaign().mode(), record.chain(), record.fields());
            interactions.store().save(preview);
            interactions.events().interactionChanged(Change.ADDED, preview);
            return preview;
        });
    }
}
