/**
 * The in-memory backend {@code mock}, an Outbound Contact Server simulator: its provider, found through
 * {@link java.util.ServiceLoader}, and {@code SimulatedOutboundContactServer}, the {@code OutboundBackend} it creates
 * from a data set (the bundled {@code default-data.json} or a file of the user's).
 */
package dev.outbound.adapter.mock;
