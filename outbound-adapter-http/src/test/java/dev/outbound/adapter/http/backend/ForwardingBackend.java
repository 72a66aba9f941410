package dev.outbound.adapter.http.backend;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.port.out.BackendListener;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend that passes every call to another and counts RecordReject and RecordProcessed calls, so that a test
 * can see how often the work was really done; subclasses slow down or fail single calls.
 */
public class ForwardingBackend implements OutboundBackend {
    private final OutboundBackend delegate;
    /** How many times RecordReject reached the backend. */
    public final AtomicInteger rejects = new AtomicInteger();
    /** How many times RecordProcessed reached the backend. */
    public final AtomicInteger processed = new AtomicInteger();

    public ForwardingBackend(OutboundBackend delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Campaign> campaignStatus(AgentId agent) {
        return delegate.campaignStatus(agent);
    }

    @Override
    public DeliveredRecord previewRecordRequest(AgentId agent, String campaignName) {
        return delegate.previewRecordRequest(agent, campaignName);
    }

    @Override
    public Chain chainedRecordRequest(AgentId agent, RecordHandle handle) {
        return delegate.chainedRecordRequest(agent, handle);
    }

    @Override
    public void recordReject(AgentId agent, RecordHandle handle) {
        rejects.incrementAndGet();
        delegate.recordReject(agent, handle);
    }

    @Override
    public void requestRecordCancel(AgentId agent, RecordHandle handle, ChainScope scope) {
        delegate.requestRecordCancel(agent, handle, scope);
    }

    @Override
    public void updateCallCompletionStats(AgentId agent, RecordHandle handle, Optional<CallResult> callResult,
                                          Map<String, Object> fields) {
        delegate.updateCallCompletionStats(agent, handle, callResult, fields);
    }

    @Override
    public void recordReschedule(AgentId agent, RecordHandle handle, Callback callback) {
        delegate.recordReschedule(agent, handle, callback);
    }

    @Override
    public void doNotCall(AgentId agent, RecordHandle handle, ChainScope scope) {
        delegate.doNotCall(agent, handle, scope);
    }

    @Override
    public void recordProcessed(AgentId agent, RecordHandle handle, CallResult callResult,
                                Map<String, Object> fields) {
        processed.incrementAndGet();
        delegate.recordProcessed(agent, handle, callResult, fields);
    }

    @Override
    public void previewDialingModeStart(AgentId agent) {
        delegate.previewDialingModeStart(agent);
    }

    @Override
    public void previewDialingModeOver(AgentId agent) {
        delegate.previewDialingModeOver(agent);
    }

    @Override
    public void placeCall(AgentId agent, InteractionId callId, RecordHandle handle, String phone) {
        delegate.placeCall(agent, callId, handle, phone);
    }

    @Override
    public void releaseCall(AgentId agent, InteractionId callId) {
        delegate.releaseCall(agent, callId);
    }

    @Override
    public Registration subscribe(BackendListener listener) {
        return delegate.subscribe(listener);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
