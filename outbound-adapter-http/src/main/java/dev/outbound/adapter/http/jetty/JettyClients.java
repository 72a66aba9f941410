package dev.outbound.adapter.http.jetty;

import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Makes the Jetty HTTP clients of the adapters (the http backend's, the service client's), configured alike:
 * HTTP/1.1 with kept-alive connections, daemon threads named after their user, no redirects followed, and a 401
 * handed back as an answer rather than treated as a challenge (these clients have no other credentials to try).
 *
 * <p>Jetty's client rather than the JDK's: on this project's 2-core machine the JDK 17 client completes every
 * response on a new thread (its default executor falls back to a thread per task when the common pool has one
 * thread), and sent about 9,000 small POSTs a second where Jetty's sent about 16,000 (docs/performance.md).
 */
public final class JettyClients {
    private JettyClients() {}

    /**
     * A started client.
     *
     * @param threadName     the name of its threads, such as {@code outbound-http-backend}
     * @param connectTimeout how long opening a connection may take
     * @param maxConnections the most connections it opens to one server
     * @throws IllegalStateException when it cannot start
     */
    public static HttpClient started(String threadName, Duration connectTimeout, int maxConnections) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName(threadName);
        threads.setDaemon(true);
        HttpClient http = new HttpClient();
        http.setExecutor(threads);
        http.setConnectTimeout(connectTimeout.toMillis());
        http.setMaxConnectionsPerDestination(maxConnections);
        http.setFollowRedirects(false);
        http.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
        try {
            http.start();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP client " + threadName + " cannot start: " + e, e);
        }
        return http;
    }

    /** Stops a client, closing its connections; a failure to stop is reported, not thrown. */
    public static void stop(HttpClient http, org.slf4j.Logger log) {
        try {
            http.stop();
        } catch (Exception e) {
            log.warn("the HTTP client did not stop cleanly: {}", e.toString());
        }
    }
}
