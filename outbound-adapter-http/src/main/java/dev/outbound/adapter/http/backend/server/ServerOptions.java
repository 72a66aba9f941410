package dev.outbound.adapter.http.backend.server;

import dev.outbound.port.spi.Settings;

/**
 * The checked settings of the backend-protocol server (see {@link BackendServerProvider} for keys and defaults).
 *
 * @param host                 the address to listen on
 * @param port                 the port; 0 picks a free one
 * @param secret               the shared secret clients send as a bearer token
 * @param maxBodyBytes         the largest request body accepted
 * @param heartbeatMillis      how often event streams get a keep-alive comment
 * @param eventBuffer          how many events are kept for clients that reconnect
 * @param referenceIdsPerAgent how many recent reference ids (and their answers) are kept per agent
 */
record ServerOptions(String host, int port, String secret, long maxBodyBytes, long heartbeatMillis, int eventBuffer,
                     int referenceIdsPerAgent) {

    static ServerOptions from(Settings settings) {
        return new ServerOptions(settings.text("host"), (int) settings.integer("port"), settings.text("secret"),
                settings.integer("max-body-bytes"), settings.integer("heartbeat-ms"),
                (int) settings.integer("event-buffer"), (int) settings.integer("reference-ids-per-agent"));
    }
}
