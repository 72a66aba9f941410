package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;

/**
 * Placing and ending calls on the telephony side. Results arrive later, on another thread, through
 * {@link BackendListener#callConnected} and {@link BackendListener#callEnded}, named by the call's interaction id.
 */
public interface CallControlPort {
    /** Dials the phone of a record the agent holds; the call is named {@code callId}. */
    void placeCall(AgentId agent, InteractionId callId, RecordHandle handle, String phone);

    /** Releases the call; {@link BackendListener#callEnded} is not sent for a call released this way. */
    void releaseCall(AgentId agent, InteractionId callId);
}
