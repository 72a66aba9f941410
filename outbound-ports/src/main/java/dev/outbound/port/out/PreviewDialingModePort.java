package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;

/**
 * OCS's PreviewDialingModeStart and PreviewDialingModeOver: an agent starts or stops receiving records of the
 * push campaigns (PushPreview and DirectPushPreview) of the agent's group. Pushed records arrive through
 * {@link BackendListener#recordPushed}, possibly before {@link #previewDialingModeStart} has returned.
 */
public interface PreviewDialingModePort {
    /** Starts pushing records to the agent, one at a time (the next after the current one is finished). */
    void previewDialingModeStart(AgentId agent);

    /** Stops pushing records; a record already pushed stays with the agent. */
    void previewDialingModeOver(AgentId agent);
}
