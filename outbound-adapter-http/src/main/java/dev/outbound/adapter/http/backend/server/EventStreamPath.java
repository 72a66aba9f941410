package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.PathSegments;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.domain.agent.AgentId;
import java.util.Optional;

/**
 * The paths of the event streams: {@code /events}, every agent's events (what Outbound's own client reads: one
 * stream per client process), and {@code /agents/{agentId}/events}, one agent's events and those of no one agent
 * (campaign events), as the OCS HTTP brief has it.
 *
 * @param agent the agent of {@code /agents/{agentId}/events}; empty for {@code /events}
 */
record EventStreamPath(Optional<AgentId> agent) {
    /** The path of the all-agents stream. */
    static final String ALL_AGENTS = "/events";

    /** The stream a raw path names, if it names one. */
    static Optional<EventStreamPath> parse(String rawPath) {
        if (rawPath.equals(ALL_AGENTS)) {
            return Optional.of(new EventStreamPath(Optional.empty()));
        }
        String[] segments = rawPath.split("/", -1);
        if (segments.length != 4 || !segments[0].isEmpty() || !segments[1].equals("agents")
                || segments[2].isEmpty() || !segments[3].equals("events")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EventStreamPath(Optional.of(AgentId.of(PathSegments.decode(segments[2])))));
        } catch (WireFormatException malformed) {
            throw ProtocolFailure.malformed("the agent id in the path " + rawPath + ": " + malformed.getMessage());
        }
    }

    /** How messages name the stream. */
    String describe() {
        return agent.map(a -> "the event stream of agent " + a).orElse("the event stream");
    }
}
