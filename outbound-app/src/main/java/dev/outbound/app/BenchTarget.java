package dev.outbound.app;

import dev.outbound.port.spi.AgentDesktop;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bench's agents send their requests: one desktop per simulated agent, a sentence saying what was
 * started for them, and what to stop when the bench is over (in the reverse order of starting).
 */
final class BenchTarget implements AutoCloseable {
    private final String description;
    private final List<AgentDesktop> desktops;
    private final List<Runnable> stops;

    BenchTarget(String description, List<AgentDesktop> desktops, List<Runnable> stops) {
        if (desktops.isEmpty()) {
            throw new IllegalArgumentException("a bench needs at least one agent");
        }
        this.description = description;
        this.desktops = List.copyOf(desktops);
        this.stops = List.copyOf(stops);
    }

    /** For the bench's first line, such as "in this process" or "over HTTP to http://127.0.0.1:8080/". */
    String description() {
        return description;
    }

    List<AgentDesktop> desktops() {
        return desktops;
    }

    /** Stops what was started for the bench, last started first; every part is stopped even if one fails. */
    @Override
    public void close() {
        stopAll(stops);
    }

    /** Runs {@code stops} last first, every one even if one fails; the first failure is thrown afterwards. */
    static void stopAll(List<Runnable> stops) {
        List<RuntimeException> failures = new ArrayList<>();
        for (int i = stops.size() - 1; i >= 0; i--) {
            try {
                stops.get(i).run();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
