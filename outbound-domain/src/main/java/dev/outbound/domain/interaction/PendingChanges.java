package dev.outbound.domain.interaction;

import dev.outbound.domain.Require;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent has changed on an interaction and not yet submitted: a call result, a Do Not Call mark, a
 * reschedule, and field edits per record of the chain. WWE keeps these until the interaction is marked done;
 * a failed mark done keeps them too.
 *
 * @param callResult  the chosen call result, if any
 * @param doNotCall   whether Do Not Call is pending
 * @param reschedule  the pending reschedule, if any
 * @param fieldEdits  accepted field values per record handle (a null value clears a field)
 */
public record PendingChanges(
        Optional<CallResult> callResult,
        boolean doNotCall,
        Optional<PendingReschedule> reschedule,
        Map<RecordHandle, Map<String, Object>> fieldEdits) {

    /** No change pending. */
    public static final PendingChanges NONE =
            new PendingChanges(Optional.empty(), false, Optional.empty(), Map.of());

    public PendingChanges {
        Require.present(callResult, "call result (empty when none)");
        Require.present(reschedule, "reschedule (empty when none)");
        Require.present(fieldEdits, "field edits");
        Map<RecordHandle, Map<String, Object>> copy = new LinkedHashMap<>();
        fieldEdits.forEach((handle, values) ->
                copy.put(Require.present(handle, "record handle"),
                        Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        fieldEdits = Collections.unmodifiableMap(copy);
    }

    /** Whether nothing is pending. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The pending field values of one record (empty map when none). */
    public Map<String, Object> fieldEditsOf(RecordHandle handle) {
        return fieldEdits.getOrDefault(handle, Map.of());
    }

    PendingChanges withCallResult(CallResult result) {
        return new PendingChanges(Optional.of(result), doNotCall, reschedule, fieldEdits);
    }

    PendingChanges withDoNotCall(boolean marked) {
        return new PendingChanges(callResult, marked, reschedule, fieldEdits);
    }

    PendingChanges withReschedule(Optional<PendingReschedule> newReschedule) {
        return new PendingChanges(callResult, doNotCall, newReschedule, fieldEdits);
    }

    PendingChanges withFieldEdits(RecordHandle handle, Map<String, Object> values) {
        Map<RecordHandle, Map<String, Object>> edits = new LinkedHashMap<>(fieldEdits);
        Map<String, Object> merged = new LinkedHashMap<>(fieldEditsOf(handle));
        merged.putAll(values);
        edits.put(handle, merged);
        return new PendingChanges(callResult, doNotCall, reschedule, edits);
    }
}
