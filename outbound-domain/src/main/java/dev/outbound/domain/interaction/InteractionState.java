package dev.outbound.domain.interaction;

/** Where an outbound interaction stands, from delivery to done. */
public enum InteractionState {
    /** Delivered, not dialed: the agent may call, reject, cancel, reschedule or edit fields. */
    PREVIEWING,
    /** The call is placed and not yet answered. */
    DIALING,
    /** The call is connected. */
    ACTIVE,
    /** The call has ended (hung up or failed to connect); the agent wraps up and marks it done. */
    COMPLETED,
    /** Marked done: the pending changes were submitted; the record handle is dead. */
    DONE,
    /** Rejected before dialing: the record went back to the pool. */
    REJECTED,
    /** Cancelled before dialing: the record is not dialed again in this campaign. */
    CANCELLED;

    /** Whether the interaction is finished: nothing more can be done with it. */
    public boolean isFinal() {
        return this == DONE || this == REJECTED || this == CANCELLED;
    }
}
