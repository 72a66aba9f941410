package dev.outbound.adapter.http.backend.server;

import dev.outbound.port.out.OutboundBackend;
import dev.outbound.port.spi.Endpoint;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;

/**
 * Starts backend-protocol servers for tests, on loopback, with a short heartbeat: plain, or with the protocol
 * handler wrapped by a test (to slow, cut or replace replies).
 */
public final class TestServers {
    private TestServers() {}

    /** A server for {@code backend} on {@code port} (0 for a free one). */
    public static Endpoint start(OutboundBackend backend, int port, String secret) {
        return start(backend, port, secret, UnaryOperator.identity());
    }

    /** A server whose protocol handler is wrapped by {@code decorate}. */
    public static Endpoint start(OutboundBackend backend, int port, String secret, UnaryOperator<Handler> decorate) {
        return start(backend, port, secret, 10_000, decorate);
    }

    /** A server that keeps only {@code eventBuffer} events for reconnecting clients. */
    public static Endpoint start(OutboundBackend backend, int port, String secret, int eventBuffer,
                                 UnaryOperator<Handler> decorate) {
        ServerOptions options = new ServerOptions("127.0.0.1", port, secret, 1_048_576, 1_000, eventBuffer, 1_000);
        return BackendServerEndpoint.start(options, backend, System.currentTimeMillis() * 1_000, decorate);
    }

    /** The port of a started server's address. */
    public static int portOf(Endpoint server) {
        String address = server.address();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
