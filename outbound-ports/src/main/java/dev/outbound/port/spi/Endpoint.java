package dev.outbound.port.spi;

/** A started driving adapter, such as an HTTP server. Closing it stops it. */
public interface Endpoint extends AutoCloseable {
    /** Where it can be reached, for the start-up message (e.g. {@code http://127.0.0.1:8080/}). */
    String address();

    /** Stops accepting requests and releases its threads and ports. */
    @Override
    void close();
}
