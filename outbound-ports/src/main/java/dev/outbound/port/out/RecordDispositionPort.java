package dev.outbound.port.out;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import java.util.Map;
import java.util.Optional;

/**
 * The OCS requests that decide what becomes of a record an agent holds. Each names the record by its handle and
 * acts only on records the agent holds; any other handle fails with {@link BackendNotFoundException}
 * (RECORD_NOT_FOUND). Every request before {@link #recordProcessed} may be repeated with the same arguments
 * without changing the outcome, so a failed mark done can be retried from its first step.
 */
public interface RecordDispositionPort {
    /** RecordReject: the agent gives the record back; it returns to the pool for any agent. */
    void recordReject(AgentId agent, RecordHandle handle);

    /** RequestRecordCancel: the record (or chain) is not dialed again in this campaign (CANCEL_RECORD). */
    void requestRecordCancel(AgentId agent, RecordHandle handle, ChainScope scope);

    /** UpdateCallCompletionStats: the call result, if any, and changed field values of a held record. */
    void updateCallCompletionStats(AgentId agent, RecordHandle handle, Optional<CallResult> callResult,
                                   Map<String, Object> fields);

    /**
     * RecordReschedule: a personal or campaign callback at an instant, which must be after now on the backend's
     * clock ({@link dev.outbound.domain.ErrorCode#RESCHEDULE_IN_PAST} otherwise, changing nothing).
     */
    void recordReschedule(AgentId agent, RecordHandle handle, Callback callback);

    /** DoNotCall: the record's phone (and customer id, if any) go on the DNC list; the scope is finished. */
    void doNotCall(AgentId agent, RecordHandle handle, ChainScope scope);

    /** RecordProcessed: the agent is done with the record; its final result and fields are stored. */
    void recordProcessed(AgentId agent, RecordHandle handle, CallResult callResult, Map<String, Object> fields);
}
