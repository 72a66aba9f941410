package dev.outbound.adapter.http.backend.client;

import dev.outbound.adapter.http.backend.BackendEventJson;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.domain.OutboundException;
import dev.outbound.port.out.BackendListener;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the client does with each frame of the event stream: tells the listeners an event once, and remembers the
 * id of the last one handled. A frame whose id is not above that id is a repeat and is skipped; a frame with an id
 * and no data only moves the position; an {@code EventsLost} notice moves it back to the first id the server
 * still holds. Called on the stream's thread only.
 */
final class EventFrames {
    private static final Logger LOG = LoggerFactory.getLogger(EventFrames.class);

    private final URI server;
    private final Listeners listeners;
    private volatile OptionalLong lastEventId = OptionalLong.empty();

    EventFrames(URI server, Listeners listeners) {
        this.server = server;
        this.listeners = listeners;
    }

    /** The id of the last event handled (or position received), if any. */
    OptionalLong lastEventId() {
        return lastEventId;
    }

    void handle(SseReader.Frame frame) {
        if (BackendEventJson.EVENTS_LOST.equals(frame.event())) {
            eventsLost(frame);
            return;
        }
        OptionalLong id = idOf(frame);
        if (id.isPresent() && lastEventId.isPresent() && id.getAsLong() <= lastEventId.getAsLong()) {
            LOG.debug("event {} was handled already; skipped", id.getAsLong());
            return;
        }
        if (frame.data() != null) {
            dispatch(frame);
        }
        if (id.isPresent()) {
            lastEventId = id;
        }
    }

    private OptionalLong idOf(SseReader.Frame frame) {
        if (frame.id() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(frame.id().strip()));
        } catch (NumberFormatException e) {
            LOG.warn("event stream of {}: ignoring the id \"{}\", which is not a number", server, frame.id());
            return OptionalLong.empty();
        }
    }

    private void dispatch(SseReader.Frame frame) {
        try {
            Optional<Consumer<BackendListener>> event = BackendEventJson.read(WireJson.parseObject(frame.data()));
            if (event.isEmpty()) {
                LOG.debug("event {} is not one this client knows; skipped", frame.event());
                return;
            }
            listeners.tell(frame.event(), event.get());
        } catch (WireFormatException | OutboundException unreadable) {
            LOG.warn("event {} (id {}) of the backend server at {} cannot be read and is skipped: {}",
                    frame.event(), frame.id(), server, unreadable.getMessage());
        }
    }

    private void eventsLost(SseReader.Frame frame) {
        try {
            long first = WireJson.wholeNumber(WireJson.parseObject(frame.data()), ProtocolKeys.FIRST_EVENT_ID);
            LOG.warn("the backend server at {} no longer holds every event after {}; it resumes at event {}: "
                    + "pushed records or call events in between are lost", server,
                    lastEventId.isPresent() ? String.valueOf(lastEventId.getAsLong()) : "the start", first);
            lastEventId = OptionalLong.of(first - 1);
        } catch (WireFormatException unreadable) {
            LOG.warn("an EventsLost notice of {} cannot be read: {}", server, unreadable.getMessage());
        }
    }
}
