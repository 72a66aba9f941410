package dev.outbound.adapter.http.service;

import dev.outbound.port.spi.Endpoint;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running service: a Jetty server with the {@link ServiceHandler}, and the event streams' heartbeat. */
final class ServiceEndpoint implements Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceEndpoint.class);

    private final Server server;
    private final EventHub events;
    private final ScheduledExecutorService heartbeat;
    private final String address;
    private final List<String> notes;

    ServiceEndpoint(String host, int port, ServiceHandler handler, EventHub events, long heartbeatMillis,
                    List<String> notes) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("outbound-service");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty's header cache would otherwise hand over a cached header whose value differs only in case, which
        // would make bearer tokens compare case-insensitively on a reused connection.
        http.setHeaderCacheCaseSensitive(true);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(Math.max(30_000, heartbeatMillis * 3));
        server.addConnector(connector);
        server.setHandler(handler);
        server.setErrorHandler(new JsonErrorPages());
        this.events = events;
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("the service cannot listen on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        this.address = "http://" + shownHost + ":" + connector.getLocalPort() + "/";
        this.notes = List.copyOf(notes);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbound-service-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(events::heartbeat, heartbeatMillis, heartbeatMillis,
                TimeUnit.MILLISECONDS);
        LOG.info("service listening on {}", address);
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public List<String> startupNotes() {
        return notes;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        events.closeAll();
        stopQuietly();
        LOG.info("service on {} stopped", address);
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the service did not stop cleanly", e);
        }
    }
}
