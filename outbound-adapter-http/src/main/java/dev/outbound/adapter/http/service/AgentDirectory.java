package dev.outbound.adapter.http.service;

import dev.outbound.domain.agent.AgentId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agents this endpoint serves and their bearer tokens, from the setting {@code agents}: entries
 * {@code id:token:Display Name} separated by commas (the name is optional). A token identifies exactly one agent;
 * tokens are compared in constant time.
 */
final class AgentDirectory {
    /** One agent. */
    record Agent(AgentId id, String token, String name) {}

    private final List<Agent> agents;
    private final Map<AgentId, Agent> byId = new LinkedHashMap<>();

    private AgentDirectory(List<Agent> agents) {
        this.agents = List.copyOf(agents);
        agents.forEach(agent -> byId.put(agent.id(), agent));
    }

    /** Reads the setting; fails with a message naming the entry at fault. */
    static AgentDirectory parse(String setting) {
        List<Agent> agents = new ArrayList<>();
        Set<AgentId> ids = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (String entry : setting.split(",")) {
            String[] parts = entry.strip().split(":", 3);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].length() < 8) {
                throw new IllegalArgumentException("agents entry \"" + entry.strip() + "\" must be "
                        + "id:token[:name] with a token of at least 8 characters");
            }
            AgentId id = AgentId.of(parts[0].strip());
            String token = parts[1].strip();
            if (!ids.add(id) || !tokens.add(token)) {
                throw new IllegalArgumentException("agents: agent " + id + " or its token appears twice");
            }
            agents.add(new Agent(id, token, parts.length == 3 && !parts[2].isBlank() ? parts[2].strip()
                    : id.value()));
        }
        return new AgentDirectory(agents);
    }

    /** The agent an {@code Authorization: Bearer <token>} value names. */
    Optional<AgentId> authenticate(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        Agent found = null;
        for (Agent agent : agents) {
            if (MessageDigest.isEqual(given, agent.token().getBytes(StandardCharsets.UTF_8))) {
                found = agent;
            }
        }
        return Optional.ofNullable(found).map(Agent::id);
    }

    /** The agent's display name. */
    String nameOf(AgentId agent) {
        Agent known = byId.get(agent);
        return known == null ? agent.value() : known.name();
    }

    /** Every agent, in configured order. */
    List<Agent> all() {
        return agents;
    }
}
