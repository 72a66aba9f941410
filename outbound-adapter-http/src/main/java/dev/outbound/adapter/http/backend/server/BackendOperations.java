package dev.outbound.adapter.http.backend.server;

import static dev.outbound.adapter.http.backend.ProtocolKeys.AGENT_ID;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CALLBACK_TYPE;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CALL_RESULT;
import static dev.outbound.adapter.http.backend.ProtocolKeys.CHAIN_ATTR;
import static dev.outbound.adapter.http.backend.ProtocolKeys.DATE_TIME;
import static dev.outbound.adapter.http.backend.ProtocolKeys.PHONE;
import static dev.outbound.adapter.http.backend.ProtocolKeys.RECORD_HANDLE;
import static dev.outbound.adapter.http.backend.ProtocolKeys.REFERENCE_ID;

import dev.outbound.adapter.http.backend.BackendEventJson;
import dev.outbound.adapter.http.backend.CampaignJson;
import dev.outbound.adapter.http.backend.ChainJson;
import dev.outbound.adapter.http.backend.DeliveredRecordJson;
import dev.outbound.adapter.http.backend.DesktopRequest;
import dev.outbound.adapter.http.backend.ProtocolKeys;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.port.out.OutboundBackend;

/**
 * What each request of the protocol does with the backend: reads its parameters, makes the one backend call, and
 * writes the reply. Refusals of the backend (its {@link dev.outbound.domain.OutboundException}s) pass through to
 * the handler, which answers them with their code.
 */
final class BackendOperations {
    private final OutboundBackend backend;

    BackendOperations(OutboundBackend backend) {
        this.backend = backend;
    }

    /** CampaignStatus: the agent's campaigns. */
    Reply campaignStatus(AgentId agent) {
        Reply reply = Reply.ok("CampaignStatusAcknowledge");
        reply.body().set(ProtocolKeys.CAMPAIGNS, CampaignJson.writeAll(backend.campaignStatus(agent)));
        return reply;
    }

    /** ChainedRecordRequest: the chain of a record the agent holds, that record first. */
    Reply chainedRecords(AgentId agent, RecordHandle handle) {
        Reply reply = Reply.ok("ChainedRecordsDataEnd");
        reply.body().set(ProtocolKeys.RECORDS, ChainJson.write(backend.chainedRecordRequest(agent, handle)));
        return reply;
    }

    /** Every POST request: the agent (from the path or the body) has been read and checked already. */
    Reply perform(DesktopRequest request, ResourcePath path, AgentId agent, RequestBody body) {
        return switch (request) {
            case PREVIEW_RECORD_REQUEST -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID);
                Reply reply = Reply.ok(BackendEventJson.PREVIEW_RECORD);
                DeliveredRecordJson.writeInto(reply.body(), backend.previewRecordRequest(agent, path.id()));
                yield reply;
            }
            case UPDATE_CALL_COMPLETION_STATS -> {
                body.allowRequestKeys(AGENT_ID, REFERENCE_ID, CALL_RESULT);
                backend.updateCallCompletionStats(agent, path.recordHandle(), body.optionalCallResult(),
                        body.fields());
                yield Reply.acknowledged(request);
            }
            case RECORD_PROCESSED -> {
                body.allowRequestKeys(AGENT_ID, REFERENCE_ID, CALL_RESULT);
                backend.recordProcessed(agent, path.recordHandle(), body.callResult(), body.fields());
                yield Reply.acknowledged(request);
            }
            case RECORD_REJECT -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID);
                backend.recordReject(agent, path.recordHandle());
                yield Reply.acknowledged(request);
            }
            case REQUEST_RECORD_CANCEL -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID, CHAIN_ATTR);
                backend.requestRecordCancel(agent, path.recordHandle(), body.chainAttr());
                yield Reply.acknowledged(request);
            }
            case RECORD_RESCHEDULE -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID, DATE_TIME, CALLBACK_TYPE);
                backend.recordReschedule(agent, path.recordHandle(), body.callback());
                yield Reply.acknowledged(request);
            }
            case DO_NOT_CALL -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID, CHAIN_ATTR);
                backend.doNotCall(agent, path.recordHandle(), body.chainAttr());
                yield Reply.acknowledged(request);
            }
            case PREVIEW_DIALING_MODE_START -> {
                body.allowOnly(REFERENCE_ID);
                backend.previewDialingModeStart(agent);
                yield Reply.acknowledged(request);
            }
            case PREVIEW_DIALING_MODE_OVER -> {
                body.allowOnly(REFERENCE_ID);
                backend.previewDialingModeOver(agent);
                yield Reply.acknowledged(request);
            }
            case MAKE_CALL -> {
                body.allowOnly(REFERENCE_ID, RECORD_HANDLE, PHONE);
                backend.placeCall(agent, InteractionId.of(path.callId()), body.recordHandle(RECORD_HANDLE),
                        body.text(PHONE));
                yield Reply.acknowledged(request);
            }
            case RELEASE_CALL -> {
                body.allowOnly(REFERENCE_ID);
                backend.releaseCall(agent, InteractionId.of(path.callId()));
                yield Reply.acknowledged(request);
            }
            case CAMPAIGN_STATUS, CHAINED_RECORD_REQUEST -> throw new IllegalStateException(request.wireName()
                    + " is a GET and has no body");
        };
    }
}
