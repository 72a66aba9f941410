/**
 * The backend protocol: the Outbound Contact Server's desktop requests over HTTP, shared by the client
 * ({@code backend.client}, backend provider {@code http}) and the server ({@code backend.server}, endpoint
 * provider {@code backend-server}). This package holds what both halves must agree on: the request names and
 * keys, the JSON forms of campaigns, field catalogs, chains and pushed events, the error numbers, and how path
 * segments are written. The reference is {@code docs/backend-protocol.md}.
 */
package dev.outbound.adapter.http.backend;
