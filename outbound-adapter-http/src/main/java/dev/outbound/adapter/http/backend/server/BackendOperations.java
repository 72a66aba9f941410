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
import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.field.DialableNumber;
import dev.outbound.domain.interaction.InteractionId;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.port.out.DeliveredRecord;
import dev.outbound.port.out.OutboundBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * What each request of the protocol does with the backend: reads its parameters, makes the one backend call, and
 * writes the reply. Refusals of the backend (its {@link dev.outbound.domain.OutboundException}s) pass through to
 * the handler, which answers them with their code.
 *
 * <p>Before the call, it refuses what the agent-facing service would refuse, so that a direct client of the
 * protocol cannot do what an agent cannot: a callback that is not in the future (by the server's clock), a field
 * the record's calling list does not have or does not let agents edit ({@link DeliveredCatalogs}), a number that
 * cannot be dialed. A refused request changes nothing.
 */
final class BackendOperations {
    private final OutboundBackend backend;
    private final Clock clock;
    private final DeliveredCatalogs catalogs;

    BackendOperations(OutboundBackend backend, Clock clock, DeliveredCatalogs catalogs) {
        this.backend = backend;
        this.clock = clock;
        this.catalogs = catalogs;
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
                DeliveredRecord delivered = backend.previewRecordRequest(agent, path.id());
                catalogs.remember(agent, delivered);
                Reply reply = Reply.ok(BackendEventJson.PREVIEW_RECORD);
                DeliveredRecordJson.writeInto(reply.body(), delivered);
                yield reply;
            }
            case UPDATE_CALL_COMPLETION_STATS -> {
                body.allowRequestKeys(AGENT_ID, REFERENCE_ID, CALL_RESULT);
                RecordHandle handle = path.recordHandle();
                Map<String, Object> fields = editableFields(request, agent, handle, body);
                backend.updateCallCompletionStats(agent, handle, body.optionalCallResult(), fields);
                yield Reply.acknowledged(request);
            }
            case RECORD_PROCESSED -> {
                body.allowRequestKeys(AGENT_ID, REFERENCE_ID, CALL_RESULT);
                RecordHandle handle = path.recordHandle();
                Map<String, Object> fields = editableFields(request, agent, handle, body);
                Optional<DeliveredCatalogs.Delivery> ending = catalogs.heldBy(agent, handle);
                backend.recordProcessed(agent, handle, body.callResult(), fields);
                ending.ifPresent(catalogs::forget);
                yield Reply.acknowledged(request);
            }
            case RECORD_REJECT -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID);
                RecordHandle handle = path.recordHandle();
                Optional<DeliveredCatalogs.Delivery> ending = catalogs.heldBy(agent, handle);
                backend.recordReject(agent, handle);
                ending.ifPresent(catalogs::forget);
                yield Reply.acknowledged(request);
            }
            case REQUEST_RECORD_CANCEL -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID, CHAIN_ATTR);
                RecordHandle handle = path.recordHandle();
                Optional<DeliveredCatalogs.Delivery> ending = catalogs.heldBy(agent, handle);
                backend.requestRecordCancel(agent, handle, body.chainAttr());
                ending.ifPresent(catalogs::forget);
                yield Reply.acknowledged(request);
            }
            case RECORD_RESCHEDULE -> {
                body.allowOnly(AGENT_ID, REFERENCE_ID, DATE_TIME, CALLBACK_TYPE);
                backend.recordReschedule(agent, path.recordHandle(), inTheFuture(body.callback()));
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
                RecordHandle handle = body.recordHandle(RECORD_HANDLE);
                backend.placeCall(agent, InteractionId.of(path.callId()), handle, dialable(body.text(PHONE)));
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

    /** The field values of the body, if the record's catalog (when known) has them all as editable fields. */
    private Map<String, Object> editableFields(DesktopRequest request, AgentId agent, RecordHandle handle,
                                               RequestBody body) {
        Map<String, Object> fields = body.fields();
        catalogs.heldBy(agent, handle).ifPresent(delivery -> FieldNames.requireEditable(request.wireName(),
                delivery.catalog(), fields));
        return fields;
    }

    /** The callback, if it is due after now: the service refuses any other (RESCHEDULE_IN_PAST). */
    private Callback inTheFuture(Callback callback) {
        Instant now = clock.instant();
        if (!callback.at().isAfter(now)) {
            throw new OutboundException(ErrorCode.RESCHEDULE_IN_PAST, ProtocolKeys.DATE_TIME + " "
                    + callback.at().getEpochSecond() + " (" + callback.at() + ") is not in the future: the server's "
                    + "time is " + now.truncatedTo(ChronoUnit.SECONDS) + "; a callback must be due after now");
        }
        return callback;
    }

    /** The number to dial, if it looks dialable; it may differ from the record's (the agent corrected it). */
    private static String dialable(String phone) {
        if (!DialableNumber.looksDialable(phone)) {
            throw new OutboundException(ErrorCode.INVALID_VALUE, ProtocolKeys.PHONE + " \"" + (phone.length() > 40
                    ? phone.substring(0, 40) + "..." : phone) + "\" cannot be dialed; expected "
                    + DialableNumber.EXPECTED);
        }
        return phone;
    }
}
