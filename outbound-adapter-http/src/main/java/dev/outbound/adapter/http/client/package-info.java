/**
 * The Java client of the service endpoint (service client provider {@code http}): signs agents in with their
 * bearer tokens and sends the Service Client API's envelopes to {@code POST /api/v2/service} with the JDK's HTTP
 * client, turning refusals back into {@link dev.outbound.domain.OutboundException}s with the service's error code.
 * The bench command drives a running service through it.
 */
package dev.outbound.adapter.http.client;
