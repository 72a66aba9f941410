package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.BackendEventJson;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.domain.agent.AgentId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered events of the backend and the streams that read them. Every event gets the next id; the last
 * {@code capacity} events are kept, so that a client reconnecting with {@code Last-Event-ID} gets exactly the
 * events it has not seen. Ids start above {@code firstIdAfter}, which the server takes from its start time, so
 * that a restarted server numbers above its predecessor.
 *
 * <p>A stream reads every event ({@code GET /events}) or one agent's ({@code GET /agents/{agentId}/events}): the
 * events that name that agent and those that name no agent (campaign events). Ids are the same on every stream,
 * so an agent's stream skips the ids of other agents' events.
 *
 * <p>When the events a client asks for are no longer kept, or its id is not one of this server's, the client gets
 * an {@code EventsLost} event (without an id) naming the first id it will get, then every event kept (that its
 * stream reads). An agent's stream cannot tell whether the events no longer kept were its agent's, so it gets the
 * notice whenever any were lost.
 */
final class EventLog {
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

    private final long firstIdAfter;
    private final int capacity;
    private final ArrayDeque<Numbered> kept = new ArrayDeque<>();
    private final List<Reader> streams = new ArrayList<>();
    private long lastId;

    /** An event with its id and the agent it names (empty for an event of every agent), as an SSE frame. */
    private record Numbered(long id, Optional<AgentId> agent, String frame) {}

    /** An open stream and the agent whose events it reads (empty: every agent's). */
    private record Reader(SseConnection connection, Optional<AgentId> agent) {
        boolean reads(Numbered event) {
            return agent.isEmpty() || event.agent().isEmpty() || event.agent().equals(agent);
        }
    }

    EventLog(long firstIdAfter, int capacity) {
        this.firstIdAfter = firstIdAfter;
        this.capacity = capacity;
        this.lastId = firstIdAfter;
    }

    /** Numbers the event, keeps it and sends it to every open stream that reads it, in order. */
    synchronized void append(BackendEventJson.Event event) {
        long id = ++lastId;
        String frame = "id: " + id + "\nevent: " + event.name() + "\ndata: " + event.data() + "\n\n";
        Numbered numbered = new Numbered(id, event.agent(), frame);
        kept.addLast(numbered);
        if (kept.size() > capacity) {
            kept.removeFirst();
        }
        for (Reader reader : List.copyOf(streams)) {
            if (reader.reads(numbered)) {
                reader.connection().send(frame);
            }
        }
    }

    /** The id of the last event numbered so far (the start value before the first). */
    synchronized long lastId() {
        return lastId;
    }

    /**
     * Opens a stream of every agent's events ({@code agent} empty) or of one agent's: with no {@code lastEventId}
     * it gets a frame holding only the id of the last event so far (its position, for a later Last-Event-ID) and
     * the events from now on; with one, first the events after it that are still kept.
     */
    synchronized void open(SseConnection stream, Optional<AgentId> agent, OptionalLong lastEventId) {
        Reader reader = new Reader(stream, agent);
        streams.add(reader);
        stream.onClose(() -> remove(reader));
        stream.send(": backend events of this server start after id " + firstIdAfter + "\n\n");
        if (lastEventId.isEmpty()) {
            stream.send("id: " + lastId + "\n\n");
            return;
        }
        long asked = lastEventId.getAsLong();
        long oldestKept = kept.isEmpty() ? lastId + 1 : kept.getFirst().id();
        long replayAfter;
        if (asked > lastId) {
            LOG.warn("a client asked for events after id {}, which this server never sent (its last is {}); it gets "
                    + "every event kept", asked, lastId);
            replayAfter = oldestKept - 1;
            stream.send(lost(oldestKept));
        } else {
            replayAfter = Math.max(asked, firstIdAfter);
            if (replayAfter + 1 < oldestKept) {
                LOG.warn("a client asked for events after id {}; the oldest kept is {}", asked, oldestKept);
                stream.send(lost(oldestKept));
                replayAfter = oldestKept - 1;
            }
        }
        for (Numbered event : kept) {
            if (event.id() > replayAfter && reader.reads(event)) {
                stream.send(event.frame());
            }
        }
    }

    /** Sends a comment to every stream, so that dead connections are noticed and idle ones stay open. */
    void heartbeat() {
        for (SseConnection stream : snapshot()) {
            stream.send(": ping\n\n");
        }
    }

    /** Ends every stream (the server is stopping). */
    void closeAll() {
        for (SseConnection stream : snapshot()) {
            stream.close(null);
        }
    }

    private synchronized List<SseConnection> snapshot() {
        return streams.stream().map(Reader::connection).toList();
    }

    private synchronized void remove(Reader reader) {
        streams.remove(reader);
    }

    private static String lost(long firstKept) {
        String data = WireJson.object().put(ProtocolKeys.USER_EVENT, BackendEventJson.EVENTS_LOST)
                .put(ProtocolKeys.FIRST_EVENT_ID, firstKept).toString();
        return "event: " + BackendEventJson.EVENTS_LOST + "\ndata: " + data + "\n\n";
    }
}
