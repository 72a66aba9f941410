package dev.outbound.adapter.mock.engine;

import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.OutboundBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the backend's listeners what happened, on one thread of its own and in the order things happened, so that
 * a listener never runs inside a request that caused it and never holds up the simulator.
 */
public final class Broadcaster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final List<BackendListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "mock-ocs-events");
        t.setDaemon(true);
        return t;
    });

    /** Adds a listener until the returned registration is closed. */
    public OutboundBackend.Registration subscribe(BackendListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener, later, on the events thread. */
    public void publish(Consumer<BackendListener> event) {
        try {
            thread.execute(() -> {
                for (BackendListener listener : listeners) {
                    try {
                        event.accept(listener);
                    } catch (RuntimeException e) {
                        LOG.warn("a backend listener failed; the simulator goes on", e);
                    }
                }
            });
        } catch (RejectedExecutionException closed) {
            LOG.debug("event dropped: the simulator is closed");
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
