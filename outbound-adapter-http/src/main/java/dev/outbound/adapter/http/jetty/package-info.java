/**
 * What the HTTP adapters share about Jetty: how a client is configured and started, and how a server reads a
 * request body up to a limit, and drops one it refuses unread.
 */
package dev.outbound.adapter.http.jetty;
