package dev.outbound.port.spi;

/** A started driving adapter, such as an HTTP server. Closing it stops it. */
public interface Endpoint extends AutoCloseable {
    /** Where it can be reached, for the start-up message (e.g. {@code http://127.0.0.1:8080/}). */
    String address();

    /** Lines to print at start-up after the address, such as the demo agents and their tokens (none by default). */
    default java.util.List<String> startupNotes() {
        return java.util.List.of();
    }

    /** Stops accepting requests and releases its threads and ports. */
    @Override
    void close();
}
