package dev.outbound.domain.record;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.CallingWindow;
import dev.outbound.domain.schedule.RecordTimeZone;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts a {@link CallingListRecord} to and from the flat key-value form OCS and WWE use: {@code GSW_*} keys
 * plus custom calling-list fields, as in the {@code getChainedRecords} sample of the Service Client API's Outbound
 * reference page.
 *
 * <p>Reading requires the keys the rules need (handle, chain, phone, phone type, window, zone, attempts, call
 * result); {@code GSW_RECORD_TYPE}, {@code GSW_RECORD_STATUS} and {@code GSW_DATE_TIME} are optional and
 * written only when they say more than the defaults (General, Ready, not scheduled), so a record read from the
 * API reference's sample is written back exactly as it was. {@code GSW_USER_EVENT} labels a message, not a record:
 * it is not kept (see {@link Chain#toFlat()}).
 */
public final class GswRecordForm {
    /** Keys a field update may not change: the record's identity and OCS's bookkeeping. */
    public static final java.util.Set<String> PROTECTED_KEYS = java.util.Set.of(GswKeys.RECORD_HANDLE,
            GswKeys.CHAIN_ID, GswKeys.RECORD_TYPE, GswKeys.RECORD_STATUS, GswKeys.DATE_TIME, GswKeys.USER_EVENT);

    private GswRecordForm() {}

    private static Object normalOrNull(String key, Object value) {
        return value == null ? null : FlatValues.normalize(key, value);
    }

    /** Reads a record; fails with {@link ErrorCode#INVALID_RECORD} (or a more precise code) naming the key. */
    public static CallingListRecord fromFlat(Map<String, ?> flat) {
        if (flat == null) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, "a record is required");
        }
        Map<String, Object> attributes = new HashMap<>();
        flat.forEach((key, value) -> {
            if (!CallingListRecord.TYPED_KEYS.contains(key)) {
                attributes.put(key, value);
            }
        });
        Optional<Instant> callbackAt = flat.get(GswKeys.DATE_TIME) == null ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(FlatValues.wholeNumber(flat, GswKeys.DATE_TIME)));
        return new CallingListRecord(
                RecordHandle.of(FlatValues.wholeNumber(flat, GswKeys.RECORD_HANDLE)),
                ChainId.of(FlatValues.wholeNumber(flat, GswKeys.CHAIN_ID)),
                FlatValues.text(flat, GswKeys.PHONE),
                PhoneType.ofCode(FlatValues.wholeNumber(flat, GswKeys.PHONE_TYPE)),
                new CallingWindow(seconds(flat, GswKeys.FROM), seconds(flat, GswKeys.UNTIL)),
                new RecordTimeZone(FlatValues.text(flat, GswKeys.TZ_NAME), seconds(flat, GswKeys.TZ_OFFSET)),
                (int) Math.min(Integer.MAX_VALUE, FlatValues.wholeNumber(flat, GswKeys.ATTEMPTS)),
                CallResult.ofCode(FlatValues.wholeNumber(flat, GswKeys.CALL_RESULT)),
                flat.get(GswKeys.RECORD_TYPE) == null ? RecordType.GENERAL
                        : RecordType.ofCode(FlatValues.wholeNumber(flat, GswKeys.RECORD_TYPE)),
                flat.get(GswKeys.RECORD_STATUS) == null ? RecordStatus.READY
                        : RecordStatus.ofCode(FlatValues.wholeNumber(flat, GswKeys.RECORD_STATUS)),
                callbackAt,
                attributes);
    }

    /** Writes a record as an unmodifiable map sorted by key, values normalized (whole numbers as Long). */
    public static Map<String, Object> toFlat(CallingListRecord record) {
        TreeMap<String, Object> flat = new TreeMap<>(record.attributes());
        flat.put(GswKeys.RECORD_HANDLE, record.handle().value());
        flat.put(GswKeys.CHAIN_ID, record.chainId().value());
        flat.put(GswKeys.PHONE, record.phone());
        flat.put(GswKeys.PHONE_TYPE, (long) record.phoneType().code());
        flat.put(GswKeys.FROM, (long) record.window().fromSeconds());
        flat.put(GswKeys.UNTIL, (long) record.window().untilSeconds());
        flat.put(GswKeys.TZ_NAME, record.timeZone().name());
        flat.put(GswKeys.TZ_OFFSET, (long) record.timeZone().offsetSeconds());
        flat.put(GswKeys.ATTEMPTS, (long) record.attempts());
        flat.put(GswKeys.CALL_RESULT, (long) record.callResult().code());
        if (record.type() != RecordType.GENERAL) {
            flat.put(GswKeys.RECORD_TYPE, (long) record.type().code());
        }
        if (record.status() != RecordStatus.READY) {
            flat.put(GswKeys.RECORD_STATUS, (long) record.status().code());
        }
        record.callbackAt().ifPresent(at -> flat.put(GswKeys.DATE_TIME, at.getEpochSecond()));
        return Collections.unmodifiableSortedMap(flat);
    }

    /**
     * The record with some flat values replaced, as after an accepted {@code updateRecordFields}: typed keys
     * (phone, phone type, window) change the typed components, other keys the attributes; a null value removes
     * an attribute. The result is validated like any record read from the flat form. The keys that name the record
     * or keep OCS's bookkeeping ({@link #PROTECTED_KEYS}) cannot be changed this way.
     */
    public static CallingListRecord withValues(CallingListRecord record, Map<String, ?> values) {
        if (values.isEmpty()) {
            return record;
        }
        Map<String, Object> current = toFlat(record);
        for (String key : PROTECTED_KEYS) {
            if (values.containsKey(key) && !java.util.Objects.equals(normalOrNull(key, values.get(key)),
                    current.get(key))) {
                throw new OutboundException(ErrorCode.INVALID_RECORD, key + " of record " + record.handle()
                        + " cannot be changed by a field update");
            }
        }
        Map<String, Object> flat = new HashMap<>(toFlat(record));
        values.forEach((key, value) -> {
            if (value == null) {
                flat.remove(key);
            } else {
                flat.put(key, value);
            }
        });
        return fromFlat(flat);
    }

    private static int seconds(Map<String, ?> flat, String key) {
        long value = FlatValues.wholeNumber(flat, key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new OutboundException(ErrorCode.INVALID_RECORD, key + " is out of range: " + value);
        }
        return (int) value;
    }
}
