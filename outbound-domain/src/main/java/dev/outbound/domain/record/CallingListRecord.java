package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.CallingWindow;
import dev.outbound.domain.schedule.RecordTimeZone;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a calling list: one phone number of one customer, with what OCS knows about calling it.
 *
 * <p>The typed components are the keys the rules need; {@code attributes} holds every other key of the flat
 * {@code GSW_*} form unchanged (custom fields such as {@code Custom_Float}, {@code GSW_CAMPAIGN_NAME},
 * {@code InteractionType}, ...). Use {@link GswRecordForm} to convert to and from the flat form.
 *
 * @param handle      {@code GSW_RECORD_HANDLE}
 * @param chainId     {@code GSW_CHAIN_ID}
 * @param phone       {@code GSW_PHONE}, the number to dial
 * @param phoneType   {@code GSW_PHONE_TYPE}
 * @param window      {@code GSW_FROM} / {@code GSW_UNTIL}: when the record may be dialed, in its own zone
 * @param timeZone    {@code GSW_TZ_NAME} / {@code GSW_TZ_OFFSET}
 * @param attempts    {@code GSW_ATTEMPTS}, dialing attempts so far
 * @param callResult  {@code GSW_CALL_RESULT}, the last result ({@link CallResult#UNKNOWN} on a fresh record)
 * @param type        {@code GSW_RECORD_TYPE}
 * @param status      {@code GSW_RECORD_STATUS}
 * @param callbackAt  {@code GSW_DATE_TIME}: when a rescheduled record becomes due; empty when it is not scheduled
 * @param attributes  every other key, values normalized by {@link FlatValues}
 */
public record CallingListRecord(
        RecordHandle handle,
        ChainId chainId,
        String phone,
        PhoneType phoneType,
        CallingWindow window,
        RecordTimeZone timeZone,
        int attempts,
        CallResult callResult,
        RecordType type,
        RecordStatus status,
        Optional<Instant> callbackAt,
        Map<String, Object> attributes) {

    /** The keys held by typed components; they may not appear among the attributes. */
    static final Set<String> TYPED_KEYS = Set.of(GswKeys.RECORD_HANDLE, GswKeys.CHAIN_ID, GswKeys.PHONE,
            GswKeys.PHONE_TYPE, GswKeys.FROM, GswKeys.UNTIL, GswKeys.TZ_NAME, GswKeys.TZ_OFFSET, GswKeys.ATTEMPTS,
            GswKeys.CALL_RESULT, GswKeys.RECORD_TYPE, GswKeys.RECORD_STATUS, GswKeys.DATE_TIME, GswKeys.USER_EVENT);

    public CallingListRecord {
        Require.present(handle, "record handle");
        Require.present(chainId, "chain id");
        Require.nonBlank(phone, "phone number (GSW_PHONE)");
        Require.present(phoneType, "phone type");
        Require.present(window, "calling window");
        Require.present(timeZone, "time zone");
        Require.inRange(attempts, 0, Integer.MAX_VALUE, "attempts (GSW_ATTEMPTS)", ErrorCode.INVALID_RECORD);
        Require.present(callResult, "call result");
        Require.present(type, "record type");
        Require.present(status, "record status");
        Require.present(callbackAt, "callback time (empty when not scheduled)");
        attributes = FlatValues.normalizeAll(Require.present(attributes, "attributes"));
        for (String key : attributes.keySet()) {
            if (TYPED_KEYS.contains(key)) {
                throw new OutboundException(ErrorCode.INVALID_RECORD, key + " is a typed part of a record and "
                        + "cannot also be an attribute");
            }
        }
    }

    /** The customer id of the record, when the calling list has one ({@code GSW_CUSTOMER_ID}). */
    public Optional<String> customerId() {
        Object id = attributes.get(GswKeys.CUSTOMER_ID);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }

    /** Whether this record is scheduled (a callback or a reschedule) for strictly after {@code instant}. */
    public boolean isScheduledAfter(Instant instant) {
        return callbackAt.map(at -> at.isAfter(instant)).orElse(false);
    }

    /** This record after a dialing attempt with that result. */
    public CallingListRecord afterAttempt(CallResult result) {
        return new CallingListRecord(handle, chainId, phone, phoneType, window, timeZone, attempts + 1, result, type,
                status, callbackAt, attributes);
    }

    /** This record as it is sent at {@code at}: its time zone's offset is the one in force then. */
    public CallingListRecord sentAt(Instant at) {
        RecordTimeZone sent = timeZone.sentAt(at);
        return sent.equals(timeZone) ? this : new CallingListRecord(handle, chainId, phone, phoneType, window, sent,
                attempts, callResult, type, status, callbackAt, attributes);
    }

    /** This record in another status. */
    public CallingListRecord withStatus(RecordStatus newStatus) {
        return new CallingListRecord(handle, chainId, phone, phoneType, window, timeZone, attempts, callResult, type,
                newStatus, callbackAt, attributes);
    }

    /** This record with its last call result set, attempts unchanged. */
    public CallingListRecord withCallResult(CallResult result) {
        return new CallingListRecord(handle, chainId, phone, phoneType, window, timeZone, attempts, result, type,
                status, callbackAt, attributes);
    }

    /** This record scheduled for a callback of that type at that instant, ready to be delivered then. */
    public CallingListRecord scheduledFor(Instant at, RecordType callbackType) {
        return new CallingListRecord(handle, chainId, phone, phoneType, window, timeZone, attempts, callResult,
                callbackType, RecordStatus.READY, Optional.of(at), attributes);
    }
}
