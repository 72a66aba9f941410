package dev.outbound.adapter.http.backend.client;

import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.OutboundBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The subscribed backend listeners. A listener that throws is logged and the others are still told. */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<BackendListener> listeners = new CopyOnWriteArrayList<>();

    OutboundBackend.Registration add(BackendListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener, in subscription order. */
    void tell(String eventName, Consumer<BackendListener> event) {
        for (BackendListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("a backend listener failed on {}; the event stream goes on", eventName, e);
            }
        }
    }

    void clear() {
        listeners.clear();
    }
}
