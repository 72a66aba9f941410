package dev.outbound.adapter.http.backend.server;

import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running backend-protocol server: a Jetty server with the {@link BackendProtocolHandler} (and the
 * {@link ProtocolErrorHandler} for what Jetty refuses itself), subscribed to the backend so that its events reach
 * the event log, and the event streams' heartbeat. Closing it stops all three; the backend itself stays open (it
 * belongs to the process).
 */
final class BackendServerEndpoint implements Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(BackendServerEndpoint.class);
    /** How long a repeated request waits for the first one with its reference id. */
    static final Duration MAX_WAIT_FOR_FIRST = Duration.ofSeconds(60);

    private final Server server;
    private final EventLog events;
    private final OutboundBackend.Registration subscription;
    private final ScheduledExecutorService heartbeat;
    private final String address;

    private BackendServerEndpoint(Server server, EventLog events, OutboundBackend.Registration subscription,
                                  ScheduledExecutorService heartbeat, String address) {
        this.server = server;
        this.events = events;
        this.subscription = subscription;
        this.heartbeat = heartbeat;
        this.address = address;
    }

    /**
     * Starts serving {@code backend}. {@code clock} is the process's time (a callback must be due after it);
     * {@code decorate} wraps the protocol handler (the identity in production; tests wrap it to cut connections
     * or slow replies). Event ids start above {@code firstEventIdAfter}.
     */
    static BackendServerEndpoint start(ServerOptions options, OutboundBackend backend, Clock clock,
                                       long firstEventIdAfter, UnaryOperator<Handler> decorate) {
        EventLog events = new EventLog(firstEventIdAfter, options.eventBuffer());
        DeliveredCatalogs catalogs = new DeliveredCatalogs();
        BackendProtocolHandler handler = new BackendProtocolHandler(new SharedSecret(options.secret()),
                new BackendOperations(backend, clock, catalogs), new ReferenceLedger(options.referenceIdsPerAgent(),
                MAX_WAIT_FOR_FIRST), events, options.maxBodyBytes(), options.eventBuffer() + 1_000);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("outbound-backend-server");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty's header cache would otherwise hand over a cached header whose value differs only in case,
        // which would make the secret compare case-insensitively on a reused connection.
        http.setHeaderCacheCaseSensitive(true);
        http.setUriCompliance(UriCompliance.DEFAULT.with("encoded slash in names",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(Math.max(30_000, options.heartbeatMillis() * 3));
        server.addConnector(connector);
        server.setHandler(decorate.apply(handler));
        server.setErrorHandler(new ProtocolErrorHandler());
        OutboundBackend.Registration subscription = backend.subscribe(new EventRelay(events, catalogs));
        try {
            server.start();
        } catch (Exception e) {
            subscription.close();
            stopQuietly(server);
            throw new IllegalStateException("the backend server cannot listen on " + options.host() + ":"
                    + options.port() + ": " + e.getMessage(), e);
        }
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        String address = "http://" + host + ":" + connector.getLocalPort();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbound-backend-server-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(events::heartbeat, options.heartbeatMillis(), options.heartbeatMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("backend server listening on {}", address);
        return new BackendServerEndpoint(server, events, subscription, heartbeat, address);
    }

    /** The base URL clients use as {@code outbound.backend.http.url}, e.g. {@code http://127.0.0.1:8081}. */
    @Override
    public String address() {
        return address;
    }

    @Override
    public List<String> startupNotes() {
        return List.of("backend protocol for other processes: outbound.backend=http, outbound.backend.http.url="
                + address + ", and the shared secret of outbound.endpoint.backend-server.secret");
    }

    @Override
    public void close() {
        subscription.close();
        heartbeat.shutdownNow();
        events.closeAll();
        stopQuietly(server);
        LOG.info("backend server on {} stopped", address);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the backend server did not stop cleanly", e);
        }
    }
}
