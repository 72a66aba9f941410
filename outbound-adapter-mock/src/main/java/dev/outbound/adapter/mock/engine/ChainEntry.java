package dev.outbound.adapter.mock.engine;

import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.schedule.Callback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One chain of a calling list inside the simulator, with where it stands: ready, waiting (for its calling window
 * or a callback), held by an agent, or finished. Mutable, and only ever touched under its campaign's lock.
 *
 * <p>Every change of state bumps {@link #version}; the campaign's queues hold tickets stamped with a version, so
 * a ticket left behind by an earlier state is recognised and skipped instead of being searched for and removed.
 */
final class ChainEntry {
    /** Where a chain stands. */
    enum State { READY, WAITING, HELD, FINISHED }

    final CallingListRecord[] records;
    State state = State.READY;
    long version;

    AgentId holder;
    Instant heldSince;
    boolean pushed;
    /** Whether a call is up on this chain: a chain on a call does not go stale. */
    boolean onCall;
    int deliveredIndex;

    /** The agent a personal callback belongs to, until it is delivered to them; null otherwise. */
    AgentId personalAgent;

    RecordHandle callbackHandle;
    Callback pendingCallback;
    RecordHandle doNotCallHandle;
    ChainScope pendingDoNotCall;

    ChainEntry(Chain chain) {
        this.records = chain.records().toArray(new CallingListRecord[0]);
    }

    /** A new version: every ticket stamped before is void. */
    long bump() {
        return ++version;
    }

    int indexOf(RecordHandle handle) {
        for (int i = 0; i < records.length; i++) {
            if (records[i].handle().equals(handle)) {
                return i;
            }
        }
        return -1;
    }

    /** The chain as an agent receives it: the record at {@code first} first, then the others in chain order. */
    Chain snapshot(int first, Instant now) {
        List<CallingListRecord> ordered = new ArrayList<>(records.length);
        ordered.add(records[first].sentAt(now));
        for (int i = 0; i < records.length; i++) {
            if (i != first) {
                ordered.add(records[i].sentAt(now));
            }
        }
        return new Chain(ordered);
    }

    boolean hasOpenRecord() {
        for (CallingListRecord record : records) {
            if (record.status().isOpen()) {
                return true;
            }
        }
        return false;
    }

    void clearHold() {
        holder = null;
        heldSince = null;
        pushed = false;
        onCall = false;
        callbackHandle = null;
        pendingCallback = null;
        doNotCallHandle = null;
        pendingDoNotCall = null;
    }
}
