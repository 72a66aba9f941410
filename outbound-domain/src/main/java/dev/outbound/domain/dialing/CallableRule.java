package dev.outbound.domain.dialing;

import dev.outbound.domain.dnc.DoNotCallList;
import dev.outbound.domain.record.CallingListRecord;
import java.time.Instant;

/**
 * The rule that decides whether a record may be dialed at an instant. Checked in this order: the record is still
 * open; it is not on the Do Not Call list; it is not scheduled for later; the instant is inside its calling window
 * in the record's own time zone (not the agent's, not the server's).
 */
public final class CallableRule {
    private CallableRule() {}

    /** Whether {@code record} may be dialed at {@code now}, given the Do Not Call list. */
    public static Callability check(CallingListRecord record, Instant now, DoNotCallList doNotCall) {
        if (!record.status().isOpen()) {
            return new Callability.Finished();
        }
        if (doNotCall.blocks(record.phone(), record.customerId())) {
            return new Callability.OnDoNotCallList();
        }
        if (record.isScheduledAfter(now)) {
            return new Callability.ScheduledLater(record.callbackAt().orElseThrow());
        }
        if (!record.window().isOpenAt(now, record.timeZone())) {
            return new Callability.OutsideCallingWindow();
        }
        return new Callability.Callable();
    }
}
