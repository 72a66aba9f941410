package dev.outbound.adapter.audit;

import dev.outbound.domain.OutboundException;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backend that passes every request to another backend and writes one audit line per request to the logger
 * {@code outbound.audit}: who asked what, and whether it succeeded or which error code it got. A decorator: it adds
 * behaviour without the wrapped backend or the application knowing.
 */
public final class AuditedBackend implements OutboundBackend {
    private static final Logger AUDIT = LoggerFactory.getLogger("outbound.audit");

    private final OutboundBackend delegate;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();

    public AuditedBackend(OutboundBackend delegate) {
        this.delegate = delegate;
    }

    /** How many requests passed through, and how many of them were refused. */
    public long requests() {
        return requests.get();
    }

    public long refusals() {
        return refusals.get();
    }

    @Override
    public List<Campaign> campaignStatus(AgentId agent) {
        return audit(agent, "CampaignStatus", "", () -> delegate.campaignStatus(agent));
    }

    @Override
    public DeliveredRecord previewRecordRequest(AgentId agent, String campaignName) {
        return audit(agent, "PreviewRecordRequest", campaignName,
                () -> delegate.previewRecordRequest(agent, campaignName));
    }

    @Override
    public Chain chainedRecordRequest(AgentId agent, RecordHandle handle) {
        return audit(agent, "ChainedRecordRequest", "record " + handle,
                () -> delegate.chainedRecordRequest(agent, handle));
    }

    @Override
    public void recordReject(AgentId agent, RecordHandle handle) {
        run(agent, "RecordReject", "record " + handle, () -> delegate.recordReject(agent, handle));
    }

    @Override
    public void requestRecordCancel(AgentId agent, RecordHandle handle, ChainScope scope) {
        run(agent, "RequestRecordCancel", "record " + handle + " " + scope.wireName(),
                () -> delegate.requestRecordCancel(agent, handle, scope));
    }

    @Override
    public void updateCallCompletionStats(AgentId agent, RecordHandle handle, Optional<CallResult> callResult,
                                          Map<String, Object> fields) {
        run(agent, "UpdateCallCompletionStats", "record " + handle + " " + callResult.map(Enum::name).orElse("-")
                + " fields " + fields.keySet(), () -> delegate.updateCallCompletionStats(agent, handle, callResult,
                fields));
    }

    @Override
    public void recordReschedule(AgentId agent, RecordHandle handle, Callback callback) {
        run(agent, "RecordReschedule", "record " + handle + " " + callback.type() + " at " + callback.at(),
                () -> delegate.recordReschedule(agent, handle, callback));
    }

    @Override
    public void doNotCall(AgentId agent, RecordHandle handle, ChainScope scope) {
        run(agent, "DoNotCall", "record " + handle + " " + scope.wireName(),
                () -> delegate.doNotCall(agent, handle, scope));
    }

    @Override
    public void recordProcessed(AgentId agent, RecordHandle handle, CallResult callResult,
                                Map<String, Object> fields) {
        run(agent, "RecordProcessed", "record " + handle + " " + callResult + " fields " + fields.keySet(),
                () -> delegate.recordProcessed(agent, handle, callResult, fields));
    }

    @Override
    public void previewDialingModeStart(AgentId agent) {
        run(agent, "PreviewDialingModeStart", "", () -> delegate.previewDialingModeStart(agent));
    }

    @Override
    public void previewDialingModeOver(AgentId agent) {
        run(agent, "PreviewDialingModeOver", "", () -> delegate.previewDialingModeOver(agent));
    }

    @Override
    public void placeCall(AgentId agent, InteractionId callId, RecordHandle handle, String phone) {
        run(agent, "MakeCall", "call " + callId + " record " + handle,
                () -> delegate.placeCall(agent, callId, handle, phone));
    }

    @Override
    public void releaseCall(AgentId agent, InteractionId callId) {
        run(agent, "ReleaseCall", "call " + callId, () -> delegate.releaseCall(agent, callId));
    }

    @Override
    public Registration subscribe(BackendListener listener) {
        return delegate.subscribe(listener);
    }

    @Override
    public void close() {
        delegate.close();
        AUDIT.info("audit closed: {} requests, {} refused", requests.get(), refusals.get());
    }

    private void run(AgentId agent, String request, String detail, Runnable call) {
        audit(agent, request, detail, () -> {
            call.run();
            return null;
        });
    }

    private <T> T audit(AgentId agent, String request, String detail, Supplier<T> call) {
        requests.incrementAndGet();
        try {
            T result = call.get();
            AUDIT.info("{} {} {} -> ok", agent, request, detail);
            return result;
        } catch (OutboundException refused) {
            refusals.incrementAndGet();
            AUDIT.info("{} {} {} -> {}", agent, request, detail, refused.code());
            throw refused;
        }
    }
}
