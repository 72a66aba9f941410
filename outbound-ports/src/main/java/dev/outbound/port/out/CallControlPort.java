package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;

/**
 * Placing and ending calls on the telephony side. Results arrive later, on another thread, through
 * {@link BackendListener#callConnected} and {@link BackendListener#callEnded}, named by the call's interaction id.
 */
public interface CallControlPort {
    /**
     * Dials {@code phone} for a record the agent holds; the call is named {@code callId}. Dialing checks the Do Not
     * Call list first, and the record's calling window in its own zone; a record on a call does not go stale.
     *
     * @throws BackendNotFoundException RECORD_NOT_FOUND when the agent holds no such record
     * @throws BackendRefusedException NUMBER_ON_DO_NOT_CALL_LIST or OUTSIDE_CALLING_WINDOW; nothing is dialed
     */
    void placeCall(AgentId agent, InteractionId callId, RecordHandle handle, String phone);

    /**
     * Releases the call; {@link BackendListener#callEnded} is not sent for a call released this way. Releasing a call
     * that has already ended, or that the backend does not know, does nothing.
     */
    void releaseCall(AgentId agent, InteractionId callId);
}
