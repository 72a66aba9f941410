package dev.outbound.adapter.http.backend.client;

import static dev.outbound.adapter.http.backend.PathSegments.encode;

import dev.outbound.adapter.http.backend.CampaignJson;
import dev.outbound.adapter.http.backend.ChainJson;
import dev.outbound.adapter.http.backend.DeliveredRecordJson;
import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.adapter.http.backend.WireFormatException;
import dev.outbound.adapter.http.backend.WireJson;
import dev.outbound.adapter.http.jetty.JettyClients;
import dev.outbound.domain.ErrorCode;
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
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.BackendUnavailableException;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.jetty.client.HttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backend ports over the backend protocol: each port call is one request to the server (see
 * {@code docs/backend-protocol.md}), sent by {@link BackendExchange}; what the server pushes comes from the
 * {@link EventStream}. Every POST gets a fresh {@code GSW_REFERENCE_ID}, which its repeats keep.
 */
final class HttpBackend implements OutboundBackend {
    private static final Logger LOG = LoggerFactory.getLogger(HttpBackend.class);
    /** Enough connections for every request thread of a busy service endpoint, and the event stream. */
    private static final int MAX_CONNECTIONS = 256;

    private final ClientOptions options;
    private final BackendExchange exchange;
    private final Listeners listeners = new Listeners();
    private final EventStream events;
    private final HttpClient http;

    HttpBackend(ClientOptions options) {
        this.options = options;
        this.http = JettyClients.started("outbound-http-backend", options.connectTimeout(), MAX_CONNECTIONS);
        EarliestPosition earliest = new EarliestPosition();
        this.exchange = new BackendExchange(http, options, earliest);
        this.events = new EventStream(http, options, listeners, earliest);
        events.start(options.connectTimeout().plus(options.requestTimeout()));
        LOG.info("http backend: backend server {}; a call fails with BACKEND_UNAVAILABLE after at most {} ms",
                options.server(), options.failureBudget().toMillis());
        if (options.failureBudget().compareTo(ClientOptions.WWE_REQUEST_TIMEOUT) >= 0) {
            LOG.warn("the http backend's failure budget ({} ms: (retries + 1) x request-timeout-ms plus the pauses) "
                    + "is not under the {} ms after which a WWE client gives up on a request; an agent's desktop "
                    + "will see its own timeout instead of BACKEND_UNAVAILABLE. Lower outbound.backend.http"
                    + ".request-timeout-ms or .retries", options.failureBudget().toMillis(),
                    ClientOptions.WWE_REQUEST_TIMEOUT.toMillis());
        }
    }

    // ------------------------------------------------------------------------------------------ campaigns

    @Override
    public List<Campaign> campaignStatus(AgentId agent) {
        WireRequest request = new WireRequest(DesktopRequest.CAMPAIGN_STATUS, "/agents/" + encode(agent.value())
                + "/campaigns?req=CampaignStatus", null, "agent " + agent);
        ObjectNode reply = exchange.send(request);
        return read(request, () -> CampaignJson.readAll(reply.get(ProtocolKeys.CAMPAIGNS)));
    }

    @Override
    public DeliveredRecord previewRecordRequest(AgentId agent, String campaignName) {
        WireRequest request = new WireRequest(DesktopRequest.PREVIEW_RECORD_REQUEST, "/campaigns/"
                + encode(campaignName) + query(DesktopRequest.PREVIEW_RECORD_REQUEST), bodyFor(agent),
                "agent " + agent + ", campaign " + campaignName);
        ObjectNode reply = exchange.send(request);
        return read(request, () -> DeliveredRecordJson.read(reply));
    }

    @Override
    public Chain chainedRecordRequest(AgentId agent, RecordHandle handle) {
        WireRequest request = new WireRequest(DesktopRequest.CHAINED_RECORD_REQUEST, "/records/" + handle
                + query(DesktopRequest.CHAINED_RECORD_REQUEST) + "&" + ProtocolKeys.AGENT_ID + "="
                + encode(agent.value()), null, subject(agent, handle));
        ObjectNode reply = exchange.send(request);
        return read(request, () -> ChainJson.read(reply.get(ProtocolKeys.RECORDS)));
    }

    // ------------------------------------------------------------------------------------------ dispositions

    @Override
    public void recordReject(AgentId agent, RecordHandle handle) {
        onRecord(DesktopRequest.RECORD_REJECT, agent, handle, bodyFor(agent));
    }

    @Override
    public void requestRecordCancel(AgentId agent, RecordHandle handle, ChainScope scope) {
        onRecord(DesktopRequest.REQUEST_RECORD_CANCEL, agent, handle,
                bodyFor(agent).put(ProtocolKeys.CHAIN_ATTR, scope.wireName()));
    }

    @Override
    public void updateCallCompletionStats(AgentId agent, RecordHandle handle, Optional<CallResult> callResult,
                                          Map<String, Object> fields) {
        ObjectNode body = bodyFor(agent);
        callResult.ifPresent(result -> body.put(ProtocolKeys.CALL_RESULT, result.code()));
        onRecord(DesktopRequest.UPDATE_CALL_COMPLETION_STATS, agent, handle, withFields(body, fields));
    }

    @Override
    public void recordReschedule(AgentId agent, RecordHandle handle, Callback callback) {
        onRecord(DesktopRequest.RECORD_RESCHEDULE, agent, handle, bodyFor(agent)
                .put(ProtocolKeys.DATE_TIME, callback.at().getEpochSecond())
                .put(ProtocolKeys.CALLBACK_TYPE, callback.type().name()));
    }

    @Override
    public void doNotCall(AgentId agent, RecordHandle handle, ChainScope scope) {
        onRecord(DesktopRequest.DO_NOT_CALL, agent, handle, bodyFor(agent)
                .put(ProtocolKeys.CHAIN_ATTR, scope.wireName()));
    }

    @Override
    public void recordProcessed(AgentId agent, RecordHandle handle, CallResult callResult,
                                Map<String, Object> fields) {
        onRecord(DesktopRequest.RECORD_PROCESSED, agent, handle, withFields(bodyFor(agent)
                .put(ProtocolKeys.CALL_RESULT, callResult.code()), fields));
    }

    // ------------------------------------------------------------------------------------------ push and calls

    @Override
    public void previewDialingModeStart(AgentId agent) {
        onAgent(DesktopRequest.PREVIEW_DIALING_MODE_START, agent);
    }

    @Override
    public void previewDialingModeOver(AgentId agent) {
        onAgent(DesktopRequest.PREVIEW_DIALING_MODE_OVER, agent);
    }

    @Override
    public void placeCall(AgentId agent, InteractionId callId, RecordHandle handle, String phone) {
        ObjectNode body = referenced().put(ProtocolKeys.RECORD_HANDLE, handle.value()).put(ProtocolKeys.PHONE, phone);
        onCall(DesktopRequest.MAKE_CALL, agent, callId, body);
    }

    @Override
    public void releaseCall(AgentId agent, InteractionId callId) {
        onCall(DesktopRequest.RELEASE_CALL, agent, callId, referenced());
    }

    @Override
    public Registration subscribe(BackendListener listener) {
        return listeners.add(listener);
    }

    @Override
    public void close() {
        events.close();
        JettyClients.stop(http, LOG);
        listeners.clear();
        LOG.info("http backend for {} closed", options.server());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void onRecord(DesktopRequest request, AgentId agent, RecordHandle handle, ObjectNode body) {
        exchange.send(new WireRequest(request, "/records/" + handle + query(request), body, subject(agent, handle)));
    }

    private void onAgent(DesktopRequest request, AgentId agent) {
        exchange.send(new WireRequest(request, "/agents/" + encode(agent.value()) + query(request), referenced(),
                "agent " + agent));
    }

    private void onCall(DesktopRequest request, AgentId agent, InteractionId callId, ObjectNode body) {
        exchange.send(new WireRequest(request, "/agents/" + encode(agent.value()) + "/calls/"
                + encode(callId.value()) + query(request), body, "agent " + agent + ", call " + callId));
    }

    private static String query(DesktopRequest request) {
        return "?req=" + request.wireName();
    }

    private static String subject(AgentId agent, RecordHandle handle) {
        return "agent " + agent + ", record " + handle;
    }

    /** A POST body with a new reference id. */
    private static ObjectNode referenced() {
        return WireJson.object().put(ProtocolKeys.REFERENCE_ID, UUID.randomUUID().toString());
    }

    /** A POST body with a new reference id and the agent. */
    private static ObjectNode bodyFor(AgentId agent) {
        return referenced().put(ProtocolKeys.AGENT_ID, agent.value());
    }

    /** Adds field values next to the request keys; a field named like a request key cannot be sent. */
    private static ObjectNode withFields(ObjectNode body, Map<String, Object> fields) {
        fields.forEach((name, value) -> {
            if (ProtocolKeys.REQUEST_KEYS.contains(name)) {
                throw new BackendRefusedException(ErrorCode.INVALID_VALUE, "the field " + name + " cannot be sent "
                        + "to the backend server: its name is a request key of the backend protocol");
            }
            try {
                body.set(name, WireJson.toNode(name, value));
            } catch (WireFormatException wrong) {
                throw new BackendRefusedException(ErrorCode.INVALID_VALUE, wrong.getMessage());
            }
        });
        return body;
    }

    /** Reads a successful reply; a reply of the wrong shape means the server cannot be used. */
    private <T> T read(WireRequest request, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (WireFormatException | OutboundException unreadable) {
            throw new BackendUnavailableException("the backend server at " + options.server() + " answered "
                    + request.describe() + " with a reply this client cannot read: " + unreadable.getMessage());
        }
    }
}
