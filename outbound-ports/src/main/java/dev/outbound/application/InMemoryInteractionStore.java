package dev.outbound.application;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.port.out.InteractionStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The default {@link InteractionStore}: one process's memory, ids "1", "2", ... as WWE hands them out. */
final class InMemoryInteractionStore implements InteractionStore {
    private final AtomicLong lastId = new AtomicLong();
    private final Map<AgentId, Map<InteractionId, OutboundInteraction>> byAgent = new ConcurrentHashMap<>();

    @Override
    public InteractionId nextId() {
        return InteractionId.of(Long.toString(lastId.incrementAndGet()));
    }

    @Override
    public Optional<OutboundInteraction> find(AgentId agent, InteractionId id) {
        Map<InteractionId, OutboundInteraction> interactions = byAgent.get(agent);
        if (interactions == null) {
            return Optional.empty();
        }
        synchronized (interactions) {
            return Optional.ofNullable(interactions.get(id));
        }
    }

    @Override
    public List<OutboundInteraction> findAll(AgentId agent) {
        Map<InteractionId, OutboundInteraction> interactions = byAgent.get(agent);
        if (interactions == null) {
            return List.of();
        }
        synchronized (interactions) {
            return List.copyOf(new ArrayList<>(interactions.values()));
        }
    }

    @Override
    public void save(OutboundInteraction interaction) {
        Map<InteractionId, OutboundInteraction> interactions =
                byAgent.computeIfAbsent(interaction.agentId(), agent -> new LinkedHashMap<>());
        synchronized (interactions) {
            interactions.put(interaction.id(), interaction);
        }
    }

    @Override
    public void remove(AgentId agent, InteractionId id) {
        Map<InteractionId, OutboundInteraction> interactions = byAgent.get(agent);
        if (interactions != null) {
            synchronized (interactions) {
                interactions.remove(id);
            }
        }
    }
}
