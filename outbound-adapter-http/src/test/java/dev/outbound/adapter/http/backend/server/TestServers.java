package dev.outbound.adapter.http.backend.server;

import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;

/**
 * Starts backend-protocol servers for tests, on loopback, with a short heartbeat: plain, or with the protocol
 * handler wrapped by a test (to slow, cut or replace replies). The server reads the wall clock unless a test gives
 * it the clock of its backend.
 */
public final class TestServers {
    private TestServers() {}

    /** A server for {@code backend} on {@code port} (0 for a free one). */
    public static Endpoint start(OutboundBackend backend, int port, String secret) {
        return start(backend, port, secret, UnaryOperator.identity());
    }

    /** A server for {@code backend} that reads {@code clock}, the backend's clock. */
    public static Endpoint start(OutboundBackend backend, Clock clock, int port, String secret) {
        return start(backend, clock, port, secret, 10_000, UnaryOperator.identity());
    }

    /** A server whose protocol handler is wrapped by {@code decorate}. */
    public static Endpoint start(OutboundBackend backend, int port, String secret, UnaryOperator<Handler> decorate) {
        return start(backend, port, secret, 10_000, decorate);
    }

    /** A server that keeps only {@code eventBuffer} events for reconnecting clients. */
    public static Endpoint start(OutboundBackend backend, int port, String secret, int eventBuffer,
                                 UnaryOperator<Handler> decorate) {
        return start(backend, Clock.systemUTC(), port, secret, eventBuffer, decorate);
    }

    private static Endpoint start(OutboundBackend backend, Clock clock, int port, String secret, int eventBuffer,
                                  UnaryOperator<Handler> decorate) {
        ServerOptions options = new ServerOptions("127.0.0.1", port, secret, 1_048_576, 1_000, eventBuffer, 1_000);
        return BackendServerEndpoint.start(options, backend, clock, System.currentTimeMillis() * 1_000, decorate);
    }

    /** The port of a started server's address. */
    public static int portOf(Endpoint server) {
        String address = server.address();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
