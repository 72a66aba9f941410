package dev.outbound.domain.dialing;

import java.time.Instant;

/** Whether a record may be dialed at an instant, and if not, why: the answer of {@link CallableRule}. */
public sealed interface Callability {
    /** Whether the record may be dialed. */
    default boolean isCallable() {
        return this instanceof Callable;
    }

    /** The record may be dialed now. */
    record Callable() implements Callability {}

    /** The record is finished (processed, cancelled, ...) and is not dialed again. */
    record Finished() implements Callability {}

    /** Its phone or customer is on the Do Not Call list. */
    record OnDoNotCallList() implements Callability {}

    /** It is rescheduled for later. */
    record ScheduledLater(Instant dueAt) implements Callability {}

    /** Now is outside its calling window, in the record's own time zone. */
    record OutsideCallingWindow() implements Callability {}
}
