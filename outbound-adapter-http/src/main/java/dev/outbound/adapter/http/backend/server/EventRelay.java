package dev.outbound.adapter.http.backend.server;

import dev.outbound.adapter.http.backend.BackendEventJson;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.DeliveredRecord;

/**
 * Listens to the backend and writes everything it pushes into the event log, as protocol events. It also keeps the
 * {@link DeliveredCatalogs} up to date: a pushed record's catalog is remembered before the event is sent (a client
 * may act on the record at once), a withdrawn record's forgotten.
 */
final class EventRelay implements BackendListener {
    private final EventLog log;
    private final DeliveredCatalogs catalogs;

    EventRelay(EventLog log, DeliveredCatalogs catalogs) {
        this.log = log;
        this.catalogs = catalogs;
    }

    @Override
    public void recordPushed(AgentId agent, DeliveredRecord record) {
        catalogs.remember(agent, record);
        log.append(BackendEventJson.pushed(agent, record));
    }

    @Override
    public void campaignChanged(CampaignEvent event) {
        log.append(BackendEventJson.campaignChanged(event));
    }

    @Override
    public void recordWithdrawn(AgentId agent, RecordHandle handle) {
        catalogs.heldBy(agent, handle).ifPresent(catalogs::forget);
        log.append(BackendEventJson.withdrawn(agent, handle));
    }

    @Override
    public void callConnected(AgentId agent, InteractionId callId) {
        log.append(BackendEventJson.callConnected(agent, callId));
    }

    @Override
    public void callEnded(AgentId agent, InteractionId callId, CallResult outcome) {
        log.append(BackendEventJson.callEnded(agent, callId, outcome));
    }
}
