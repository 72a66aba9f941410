/**
 * The server half of the backend protocol (endpoint provider {@code backend-server}): exposes the backend of its
 * process to other processes over HTTP. {@link dev.outbound.adapter.http.backend.server.BackendServerProvider}
 * starts it; the handler checks the shared secret, routes {@code /<resource>/<id>?req=<request>} to the backend,
 * answers repeated reference ids from its ledger, and streams the backend's events on {@code GET /events} (every
 * agent's) and {@code GET /agents/{agentId}/events} (one agent's).
 */
package dev.outbound.adapter.http.backend.server;
