/**
 * The client half of the backend protocol (backend provider {@code http}): an
 * {@link dev.outbound.port.out.OutboundBackend} that sends every port call as a request to a backend-protocol
 * server with Jetty's HTTP client, retries what is safe to retry with the same reference id, maps the server's
 * errors back to the port's exceptions, and follows the server's event stream on a daemon thread.
 */
package dev.outbound.adapter.http.backend.client;
