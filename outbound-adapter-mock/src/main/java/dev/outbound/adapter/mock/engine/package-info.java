/**
 * How the simulator behaves like OCS: each campaign's calling list with queue-based selection, holds, callbacks
 * and the stale timeout ({@code CampaignRuntime}), the Do Not Call list, push preview, simulated dialing and the
 * delivery of events to listeners.
 */
package dev.outbound.adapter.mock.engine;
