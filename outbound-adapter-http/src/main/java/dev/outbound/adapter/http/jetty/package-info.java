/**
 * What the HTTP adapters share about Jetty: how a client is configured and started, and how a server reads a
 * request body up to a limit.
 */
package dev.outbound.adapter.http.jetty;
