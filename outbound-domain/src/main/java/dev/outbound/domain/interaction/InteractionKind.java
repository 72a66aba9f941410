package dev.outbound.domain.interaction;

/** Whether an interaction is the preview of a record or the call made from it (which gets a new id). */
public enum InteractionKind {
    PREVIEW, CALL
}
