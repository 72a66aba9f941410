package dev.outbound.domain.interaction;

import dev.outbound.domain.Require;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.schedule.Callback;

/** A reschedule the agent asked for, sent to OCS when the interaction is marked done. */
public record PendingReschedule(RecordHandle handle, Callback callback) {
    public PendingReschedule {
        Require.present(handle, "record handle");
        Require.present(callback, "callback");
    }
}
