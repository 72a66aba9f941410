package dev.outbound.app;

import dev.outbound.application.OutboundApplication;
import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.EndpointContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the endpoints, in the configured order, once the backend and the application exist; stops everything in
 * reverse: the endpoints last started first, then the application, then the backend. Every step is logged, and a
 * part that fails to close does not keep the others open. Stopping twice (the JVM's shutdown hook and the command
 * both ask) closes each part once.
 */
final class Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final SelectedBackend selectedBackend;
    private final OutboundBackend backend;
    private final OutboundApplication application;
    private final EndpointContext context;
    private final SelectedEndpoints endpoints;
    private final List<RunningEndpoint> running = new ArrayList<>();
    private boolean started;
    private boolean stopped;

    @Inject
    Lifecycle(SelectedBackend selectedBackend, OutboundBackend backend, OutboundApplication application,
              EndpointContext context, SelectedEndpoints endpoints) {
        this.selectedBackend = selectedBackend;
        this.backend = backend;
        this.application = application;
        this.context = context;
        this.endpoints = endpoints;
    }

    /**
     * Starts every endpoint, in order.
     *
     * @return the running endpoints, in the order started
     * @throws StartupException when one fails to start; what was already running has been stopped
     */
    synchronized List<RunningEndpoint> start() {
        if (started) {
            throw new IllegalStateException("the lifecycle has already been started");
        }
        started = true;
        LOG.info("Backend \"{}\" and application ready", selectedBackend.name());
        for (SelectedEndpoint endpoint : endpoints.inOrder()) {
            LOG.info("Starting endpoint \"{}\"", endpoint.name());
            RunningEndpoint started;
            try {
                started = new RunningEndpoint(endpoint.name(), endpoint.start(context));
            } catch (StartupException failure) {
                LOG.error("Endpoint \"{}\" did not start; stopping what was started", endpoint.name());
                stop();
                throw failure;
            }
            running.add(started);
            LOG.info("Endpoint \"{}\" listening at {}", started.name(), started.address());
        }
        return List.copyOf(running);
    }

    /** The use cases of the running application (for in-process commands such as {@code bench}). */
    dev.outbound.port.in.UseCases useCases() {
        return application.useCases();
    }

    /** The endpoints started and not yet stopped, in the order started. */
    synchronized List<RunningEndpoint> running() {
        return List.copyOf(running);
    }

    /** Closes the endpoints in reverse order, then the application, then the backend; only the first call acts. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("Stopping");
        for (int i = running.size() - 1; i >= 0; i--) {
            RunningEndpoint endpoint = running.get(i);
            close("endpoint \"" + endpoint.name() + "\"", endpoint.endpoint()::close);
        }
        running.clear();
        close("application", application::close);
        close("backend \"" + selectedBackend.name() + "\"", backend::close);
        LOG.info("Stopped");
    }

    private static void close(String part, Runnable closing) {
        LOG.info("Closing {}", part);
        try {
            closing.run();
        } catch (RuntimeException failure) {
            LOG.error("Closing {} failed; closing the rest anyway", part, failure);
        }
    }
}
