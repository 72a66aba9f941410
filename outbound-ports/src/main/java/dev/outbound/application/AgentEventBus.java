package dev.outbound.application;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.in.AgentEvent;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.AgentEventsUseCase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands agents' events to whoever follows them (driving adapters), and nothing to anyone else. */
final class AgentEventBus implements AgentEventsUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(AgentEventBus.class);

    private final Map<AgentId, List<Consumer<AgentEvent>>> listeners = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(AgentId agent, Consumer<AgentEvent> listener) {
        List<Consumer<AgentEvent>> forAgent = listeners.computeIfAbsent(agent, a -> new CopyOnWriteArrayList<>());
        forAgent.add(listener);
        return () -> forAgent.remove(listener);
    }

    void interactionChanged(Change change, OutboundInteraction interaction) {
        publish(new AgentEvent.InteractionChanged(interaction.agentId(), change, interaction));
    }

    /** A campaign event goes to every agent that follows events. */
    void campaignChanged(CampaignEvent event) {
        listeners.keySet().forEach(agent -> publish(new AgentEvent.CampaignChanged(agent, event)));
    }

    private void publish(AgentEvent event) {
        for (Consumer<AgentEvent> listener : listeners.getOrDefault(event.agent(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("an event listener of agent {} failed on {}", event.agent(), event.getClass().getSimpleName(), e);
            }
        }
    }
}
