package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.BackendEventJson;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireJson;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered events of the backend and the streams that read them. Every event gets the next id; the last
 * {@code capacity} events are kept, so that a client reconnecting with {@code Last-Event-ID} gets exactly the
 * events it has not seen. Ids start above {@code firstIdAfter}, which the server takes from its start time, so
 * that a restarted server numbers above its predecessor.
 *
 * <p>When the events a client asks for are no longer kept, or its id is not one of this server's, the client gets
 * an {@code EventsLost} event (without an id) naming the first id it will get, then every event kept.
 */
final class EventLog {
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

    private final long firstIdAfter;
    private final int capacity;
    private final ArrayDeque<Numbered> kept = new ArrayDeque<>();
    private final List<SseConnection> streams = new ArrayList<>();
    private long lastId;

    /** An event with its id, as an SSE frame. */
    private record Numbered(long id, String frame) {}

    EventLog(long firstIdAfter, int capacity) {
        this.firstIdAfter = firstIdAfter;
        this.capacity = capacity;
        this.lastId = firstIdAfter;
    }

    /** Numbers the event, keeps it and sends it to every open stream, in order. */
    synchronized void append(BackendEventJson.Event event) {
        long id = ++lastId;
        String frame = "id: " + id + "\nevent: " + event.name() + "\ndata: " + event.data() + "\n\n";
        kept.addLast(new Numbered(id, frame));
        if (kept.size() > capacity) {
            kept.removeFirst();
        }
        List.copyOf(streams).forEach(stream -> stream.send(frame));
    }

    /** The id of the last event numbered so far (the start value before the first). */
    synchronized long lastId() {
        return lastId;
    }

    /**
     * Opens a stream: with no {@code lastEventId} it gets a frame holding only the id of the last event so far
     * (its position, for a later Last-Event-ID) and the events from now on; with one, first the events after it
     * that are still kept.
     */
    synchronized void open(SseConnection stream, OptionalLong lastEventId) {
        streams.add(stream);
        stream.onClose(() -> remove(stream));
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
            if (event.id() > replayAfter) {
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

    /** How many streams are open. */
    synchronized int openStreams() {
        return streams.size();
    }

    private synchronized List<SseConnection> snapshot() {
        return List.copyOf(streams);
    }

    private synchronized void remove(SseConnection stream) {
        streams.remove(stream);
    }

    private static String lost(long firstKept) {
        String data = WireJson.object().put(ProtocolKeys.USER_EVENT, BackendEventJson.EVENTS_LOST)
                .put(ProtocolKeys.FIRST_EVENT_ID, firstKept).toString();
        return "event: " + BackendEventJson.EVENTS_LOST + "\ndata: " + data + "\n\n";
    }
}
