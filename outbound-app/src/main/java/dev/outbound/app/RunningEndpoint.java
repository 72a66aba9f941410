package dev.outbound.app;

import dev.outbound.port.spi.Endpoint;

/** A started endpoint and the provider name it was started under. */
record RunningEndpoint(String name, Endpoint endpoint) {

    /** Where the endpoint can be reached. */
    String address() {
        return endpoint.address();
    }

    /** What the endpoint wants said at start-up besides its address (for the service: the demo agents). */
    java.util.List<String> startupNotes() {
        return endpoint.startupNotes();
    }
}
