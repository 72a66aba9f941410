/** What the HTTP adapters share about Jetty's HTTP client: how one is configured and started. */
package dev.outbound.adapter.http.jetty;
