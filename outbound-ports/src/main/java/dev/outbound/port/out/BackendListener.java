package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.CampaignEvent;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;

/**
 * What a backend tells the application without being asked: records pushed in (direct) push preview, campaign
 * events, records the backend withdrew, and what became of placed calls. Methods are called on backend threads and
 * must return quickly; an exception thrown here is logged by the backend and does not stop it.
 */
public interface BackendListener {
    /** A record pushed to the agent (PushPreview, DirectPushPreview). */
    default void recordPushed(AgentId agent, DeliveredRecord record) {}

    /** A campaign was loaded, started, stopped, unloaded, or changed mode. */
    default void campaignChanged(CampaignEvent event) {}

    /** OCS's RecordCancel: the backend withdrew a record the agent held (for example it went stale). */
    default void recordWithdrawn(AgentId agent, RecordHandle handle) {}

    /** The dialed number answered. */
    default void callConnected(AgentId agent, InteractionId callId) {}

    /** The call ended without the agent hanging up: it failed to connect, or the customer hung up. */
    default void callEnded(AgentId agent, InteractionId callId, CallResult outcome) {}
}
