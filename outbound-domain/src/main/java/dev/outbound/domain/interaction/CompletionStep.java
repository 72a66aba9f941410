package dev.outbound.domain.interaction;

import dev.outbound.domain.Require;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request that marking an interaction done sends to OCS, named after the desktop-protocol request it becomes.
 * {@link OutboundInteraction#completionSteps()} gives them in the order they must be sent.
 */
public sealed interface CompletionStep {
    /** The record the step acts on. */
    RecordHandle handle();

    /** UpdateCallCompletionStats: the call result (if any) and the edited fields of a record. */
    record UpdateCallCompletionStats(RecordHandle handle, Optional<CallResult> callResult,
                                     Map<String, Object> fields) implements CompletionStep {
        public UpdateCallCompletionStats {
            Require.present(handle, "record handle");
            Require.present(callResult, "call result (empty when none)");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present(fields, "fields")));
        }
    }

    /** RecordReschedule: a personal or campaign callback at an instant. */
    record RecordReschedule(RecordHandle handle, Callback callback) implements CompletionStep {
        public RecordReschedule {
            Require.present(handle, "record handle");
            Require.present(callback, "callback");
        }
    }

    /** DoNotCall: the customer is not to be called again. */
    record DoNotCall(RecordHandle handle) implements CompletionStep {
        public DoNotCall {
            Require.present(handle, "record handle");
        }
    }

    /** RecordProcessed: the record is finished for this agent, with its final result and edited fields. */
    record RecordProcessed(RecordHandle handle, CallResult callResult, Map<String, Object> fields)
            implements CompletionStep {
        public RecordProcessed {
            Require.present(handle, "record handle");
            Require.present(callResult, "call result");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present(fields, "fields")));
        }
    }
}
