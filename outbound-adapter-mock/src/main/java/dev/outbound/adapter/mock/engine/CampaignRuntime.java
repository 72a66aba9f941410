package dev.outbound.adapter.mock.engine;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.Campaign;
import dev.outbound.domain.campaign.CampaignState;
import dev.outbound.domain.dialing.Callability;
import dev.outbound.domain.dialing.CallableRule;
import dev.outbound.domain.dnc.DoNotCallEntry;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.record.RecordStatus;
import dev.outbound.domain.record.RecordType;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallbackType;
import dev.outbound.port.out.BackendNotFoundException;
import dev.outbound.port.out.BackendRefusedException;
import dev.outbound.port.out.DeliveredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One campaign's calling list as the simulator runs it: which chains are ready, waiting or held, and the rules
 * that move them. Every method takes the campaign's lock, so one campaign serves one request at a time while
 * campaigns never wait for each other.
 *
 * <p>Selection never scans the list. Ready chains wait in a queue (first in, first out); chains waiting for their
 * calling window or a campaign callback wait in a queue ordered by the instant they become due; personal
 * callbacks wait in one such queue per agent. A pull first moves what has come due, then takes personal
 * callbacks, then campaign callbacks, then ready chains. A chain found outside its window is parked until the
 * window opens; a chain found on the Do Not Call list is finished. Each chain is looked at a bounded number of
 * times per change of its state, so the cost of a pull does not grow with the size of the list.
 */
public final class CampaignRuntime {
    private final ReentrantLock lock = new ReentrantLock();
    private final FieldCatalog fields;
    private final Map<RecordHandle, ChainEntry> byHandle = new HashMap<>();
    private final ArrayDeque<Ticket> ready = new ArrayDeque<>();
    private final ArrayDeque<Ticket> dueCallbacks = new ArrayDeque<>();
    private final PriorityQueue<Ticket> waiting = new PriorityQueue<>();
    private final Map<AgentId, PriorityQueue<Ticket>> personal = new HashMap<>();
    private final ArrayDeque<Ticket> holds = new ArrayDeque<>();
    private volatile Campaign campaign;
    private volatile boolean unloaded;

    public CampaignRuntime(Campaign campaign, FieldCatalog fields, List<Chain> chains, Instant now) {
        this.campaign = campaign;
        this.fields = fields;
        for (Chain chain : chains) {
            ChainEntry entry = new ChainEntry(chain);
            for (CallingListRecord record : entry.records) {
                byHandle.put(record.handle(), entry);
            }
            if (!entry.hasOpenRecord()) {
                entry.state = ChainEntry.State.FINISHED;
                continue;
            }
            Optional<Instant> due = chain.records().stream().filter(r -> r.status().isOpen())
                    .flatMap(r -> r.callbackAt().stream()).filter(at -> at.isAfter(now)).findFirst();
            if (due.isPresent()) {
                entry.state = ChainEntry.State.WAITING;
                waiting.add(new Ticket(entry, entry.version, due.get()));
            } else {
                ready.addLast(new Ticket(entry, entry.version, now));
            }
        }
    }

    /** The campaign as agents see it now. */
    public Campaign campaign() {
        return campaign;
    }

    /** Whether the campaign was unloaded (no longer listed to agents). */
    public boolean isUnloaded() {
        return unloaded;
    }

    /** The record handles of this campaign's calling list. */
    public java.util.Set<RecordHandle> handles() {
        return java.util.Collections.unmodifiableSet(byHandle.keySet());
    }

    // ------------------------------------------------------------------------------------------ delivery

    /**
     * The next chain this agent may dial now, held for it; empty when none may be dialed now.
     *
     * @param pushed whether the chain is pushed (push preview) rather than pulled
     */
    public Optional<DeliveredRecord> deliver(AgentId agent, Instant now, DoNotCallRegistry doNotCall, boolean pushed) {
        return locked(() -> {
            promoteDue(now);
            PriorityQueue<Ticket> mine = personal.get(agent);
            while (mine != null && !mine.isEmpty() && !mine.peek().at().isAfter(now)) {
                Optional<DeliveredRecord> delivered = tryDeliver(mine.poll(), agent, now, doNotCall, pushed);
                if (delivered.isPresent()) {
                    return delivered;
                }
            }
            for (ArrayDeque<Ticket> queue : List.of(dueCallbacks, ready)) {
                while (!queue.isEmpty()) {
                    Optional<DeliveredRecord> delivered = tryDeliver(queue.pollFirst(), agent, now, doNotCall,
                            pushed);
                    if (delivered.isPresent()) {
                        return delivered;
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** Moves chains whose wait is over into the ready or due-callback queue. */
    private void promoteDue(Instant now) {
        while (!waiting.isEmpty() && !waiting.peek().at().isAfter(now)) {
            Ticket due = waiting.poll();
            if (due.isValid()) {
                ChainEntry entry = due.chain();
                entry.state = ChainEntry.State.READY;
                Ticket ticket = new Ticket(entry, entry.bump(), now);
                if (isCallback(entry)) {
                    dueCallbacks.addLast(ticket);
                } else {
                    ready.addLast(ticket);
                }
            }
        }
    }

    private Optional<DeliveredRecord> tryDeliver(Ticket ticket, AgentId agent, Instant now,
                                                 DoNotCallRegistry doNotCall, boolean pushed) {
        if (!ticket.isValid()) {
            return Optional.empty();
        }
        ChainEntry entry = ticket.chain();
        Instant reopens = null;
        boolean open = false;
        for (int i = 0; i < entry.records.length; i++) {
            CallingListRecord record = entry.records[i];
            Callability callability = CallableRule.check(record, now, doNotCall);
            if (callability.isCallable()) {
                return Optional.of(hold(entry, i, agent, now, pushed));
            }
            if (callability instanceof Callability.OutsideCallingWindow) {
                open = true;
                // nextOpening is empty only for a window that no real zone keeps closed for eight days: look again
                // in an hour rather than never
                Instant next = record.window().nextOpening(now, record.timeZone())
                        .orElse(now.plus(Duration.ofHours(1)));
                reopens = reopens == null || next.isBefore(reopens) ? next : reopens;
            } else if (callability instanceof Callability.ScheduledLater later) {
                open = true;
                reopens = reopens == null || later.dueAt().isBefore(reopens) ? later.dueAt() : reopens;
            }
        }
        if (open) {
            park(entry, reopens);
        } else {
            entry.state = ChainEntry.State.FINISHED;
            entry.bump();
        }
        return Optional.empty();
    }

    private DeliveredRecord hold(ChainEntry entry, int index, AgentId agent, Instant now, boolean pushed) {
        entry.state = ChainEntry.State.HELD;
        entry.personalAgent = null;
        entry.holder = agent;
        entry.heldSince = now;
        entry.pushed = pushed;
        entry.deliveredIndex = index;
        holds.addLast(new Ticket(entry, entry.bump(), now));
        return new DeliveredRecord(campaign, entry.snapshot(index, now), fields);
    }

    /** Parks a chain until {@code until}; a personal callback stays in its agent's own queue. */
    private void park(ChainEntry entry, Instant until) {
        entry.state = ChainEntry.State.WAITING;
        Ticket ticket = new Ticket(entry, entry.bump(), until);
        if (entry.personalAgent != null) {
            personal.computeIfAbsent(entry.personalAgent, a -> new PriorityQueue<>()).add(ticket);
        } else {
            waiting.add(ticket);
        }
    }

    private void makeReady(ChainEntry entry, Instant now) {
        entry.clearHold();
        entry.state = ChainEntry.State.READY;
        ready.addLast(new Ticket(entry, entry.bump(), now));
    }

    private void finish(ChainEntry entry) {
        entry.clearHold();
        entry.state = ChainEntry.State.FINISHED;
        entry.bump();
    }

    private static boolean isCallback(ChainEntry entry) {
        for (CallingListRecord record : entry.records) {
            if (record.status().isOpen() && record.type() != RecordType.GENERAL) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ held records

    /** What happened to a held chain that the agent let go: whether it had been pushed, for the push dispatcher. */
    public record Released(AgentId agent, boolean wasPushed) {}

    /** ChainedRecordRequest: the held chain with {@code handle} first, as sent at {@code now}. */
    public Chain chain(AgentId agent, RecordHandle handle, Instant now) {
        return locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            return entry.snapshot(entry.indexOf(handle), now);
        });
    }

    /**
     * A call is placed on a held record: refused if the number or the customer is on the Do Not Call list, or if the
     * record is outside its calling window now; otherwise the attempt is counted and the chain is on a call (it does
     * not go stale until the call ends).
     */
    public void dialing(AgentId agent, RecordHandle handle, String phone, Instant now, DoNotCallRegistry doNotCall) {
        locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            int i = entry.indexOf(handle);
            CallingListRecord record = entry.records[i];
            if (doNotCall.blocks(phone, record.customerId())) {
                throw new BackendRefusedException(ErrorCode.NUMBER_ON_DO_NOT_CALL_LIST, phone + " (record " + handle
                        + ") is on the Do Not Call list and is never dialed");
            }
            if (!record.window().isOpenAt(now, record.timeZone())) {
                throw new BackendRefusedException(ErrorCode.OUTSIDE_CALLING_WINDOW, "record " + handle
                        + " may be called from " + record.window().opens() + " to " + record.window().closes()
                        + " in " + record.timeZone().describe() + "; it is outside that window now");
            }
            entry.records[i] = record.afterAttempt(record.callResult());
            entry.onCall = true;
            return null;
        });
    }

    /** The call on a held record ended (released, or failed to connect): its stale clock starts again. */
    public void callEnded(AgentId agent, RecordHandle handle, Instant now) {
        locked(() -> {
            ChainEntry entry = byHandle.get(handle);
            if (entry != null && entry.state == ChainEntry.State.HELD && agent.equals(entry.holder)) {
                entry.onCall = false;
                entry.heldSince = now;
                holds.addLast(new Ticket(entry, entry.bump(), now));
            }
            return null;
        });
    }

    /** RecordReject: back to the pool. */
    public Released reject(AgentId agent, RecordHandle handle, Instant now) {
        return locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            Released released = new Released(agent, entry.pushed);
            makeReady(entry, now);
            return released;
        });
    }

    /** RequestRecordCancel: the record or chain is not dialed again (CANCEL_RECORD). */
    public Released cancel(AgentId agent, RecordHandle handle, ChainScope scope, Instant now) {
        return locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            Released released = new Released(agent, entry.pushed);
            for (int i = 0; i < entry.records.length; i++) {
                if (scope == ChainScope.ALL_CHAIN || entry.records[i].handle().equals(handle)) {
                    entry.records[i] = entry.records[i].withCallResult(CallResult.CANCEL_RECORD)
                            .withStatus(RecordStatus.CANCELLED);
                }
            }
            if (entry.hasOpenRecord()) {
                makeReady(entry, now);
            } else {
                finish(entry);
            }
            return released;
        });
    }

    /** UpdateCallCompletionStats: the result and changed fields of a held record. */
    public void updateStats(AgentId agent, RecordHandle handle, Optional<CallResult> result,
                            Map<String, Object> changes) {
        locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            int i = entry.indexOf(handle);
            CallingListRecord updated = GswRecordForm.withValues(entry.records[i], changes);
            entry.records[i] = result.map(updated::withCallResult).orElse(updated);
            return null;
        });
    }

    /** RecordReschedule: remembered until RecordProcessed, which makes it a callback; it must be due after now. */
    public void reschedule(AgentId agent, RecordHandle handle, Callback callback, Instant now) {
        locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            if (!callback.at().isAfter(now)) {
                throw new BackendRefusedException(ErrorCode.RESCHEDULE_IN_PAST, "a callback for record " + handle
                        + " must be due after now (" + now + "); was " + callback.at());
            }
            entry.callbackHandle = handle;
            entry.pendingCallback = callback;
            return null;
        });
    }

    /**
     * DoNotCall: the record's phone goes on the list at once, and for AllChain its customer id too (the customer,
     * not only this number); the scope ends at RecordProcessed.
     */
    public void doNotCall(AgentId agent, RecordHandle handle, ChainScope scope, DoNotCallRegistry registry) {
        locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            CallingListRecord record = entry.records[entry.indexOf(handle)];
            registry.add(new DoNotCallEntry(Optional.of(record.phone()),
                    scope == ChainScope.ALL_CHAIN ? record.customerId() : Optional.empty()));
            entry.doNotCallHandle = handle;
            entry.pendingDoNotCall = scope;
            return null;
        });
    }

    /**
     * RecordProcessed: the record takes its final result and fields. A pending Do Not Call finishes its scope; a
     * pending reschedule makes the chain a callback (personal: for this agent only); otherwise the chain is done.
     */
    public Released processed(AgentId agent, RecordHandle handle, CallResult result, Map<String, Object> changes,
                              Instant now) {
        return locked(() -> {
            ChainEntry entry = requireHeld(agent, handle);
            Released released = new Released(agent, entry.pushed);
            int i = entry.indexOf(handle);
            entry.records[i] = GswRecordForm.withValues(entry.records[i], changes).withCallResult(result)
                    .withStatus(RecordStatus.UPDATED);
            if (entry.pendingDoNotCall != null) {
                closeForDoNotCall(entry);
            } else if (entry.pendingCallback != null) {
                scheduleCallback(entry, agent);
            } else {
                closeAll(entry);
            }
            if (entry.state == ChainEntry.State.HELD) {
                if (entry.hasOpenRecord()) {
                    makeReady(entry, now);
                } else {
                    finish(entry);
                }
            }
            return released;
        });
    }

    private void closeForDoNotCall(ChainEntry entry) {
        for (int i = 0; i < entry.records.length; i++) {
            if (entry.pendingDoNotCall == ChainScope.ALL_CHAIN || entry.records[i].handle().equals(
                    entry.doNotCallHandle)) {
                entry.records[i] = entry.records[i].withCallResult(CallResult.DO_NOT_CALL)
                        .withStatus(RecordStatus.UPDATED);
            }
        }
    }

    private void closeAll(ChainEntry entry) {
        for (int i = 0; i < entry.records.length; i++) {
            if (entry.records[i].status().isOpen()) {
                entry.records[i] = entry.records[i].withStatus(RecordStatus.UPDATED);
            }
        }
    }

    private void scheduleCallback(ChainEntry entry, AgentId agent) {
        Callback callback = entry.pendingCallback;
        boolean isPersonal = callback.type() == CallbackType.PERSONAL;
        int i = entry.indexOf(entry.callbackHandle);
        entry.records[i] = entry.records[i].scheduledFor(callback.at(),
                isPersonal ? RecordType.PERSONAL_CALLBACK : RecordType.CAMPAIGN_CALLBACK);
        entry.clearHold();
        entry.personalAgent = isPersonal ? agent : null;
        park(entry, callback.at());
    }

    // ------------------------------------------------------------------------------------------ housekeeping

    /** Chains held longer than {@code timeout} go back to the pool; returns who lost which record. */
    public List<Withdrawn> releaseStale(Instant now, Duration timeout) {
        return locked(() -> {
            List<Withdrawn> withdrawn = new ArrayList<>();
            while (!holds.isEmpty()) {
                Ticket hold = holds.peekFirst();
                if (!hold.isValid()) {
                    holds.pollFirst();
                    continue;
                }
                if (hold.at().plus(timeout).isAfter(now)) {
                    break;
                }
                holds.pollFirst();
                ChainEntry entry = hold.chain();
                if (entry.onCall) {
                    entry.heldSince = now;
                    holds.addLast(new Ticket(entry, entry.bump(), now));
                    continue;
                }
                int i = entry.deliveredIndex;
                withdrawn.add(new Withdrawn(entry.holder, entry.records[i].handle(), entry.pushed));
                entry.records[i] = entry.records[i].withStatus(RecordStatus.STALE);
                makeReady(entry, now);
            }
            return withdrawn;
        });
    }

    /** A record taken back from an agent by the stale timeout. */
    public record Withdrawn(AgentId agent, RecordHandle handle, boolean wasPushed) {}

    /** Applies a campaign event's effect on the campaign's state. */
    public Campaign apply(dev.outbound.domain.campaign.CampaignEvent.Type event) {
        return locked(() -> {
            switch (event) {
                case LOADED -> {
                    unloaded = false;
                    campaign = campaign.withState(CampaignState.LOADED);
                }
                case STARTED -> {
                    unloaded = false;
                    campaign = campaign.withState(CampaignState.STARTED);
                }
                case STOPPED -> campaign = campaign.withState(CampaignState.LOADED);
                case UNLOADED -> {
                    unloaded = true;
                    campaign = campaign.withState(CampaignState.LOADED);
                }
                case MODE_CHANGED -> {
                    // announced as scripted; the script names no new mode, so the campaign keeps its own
                }
            }
            return campaign;
        });
    }

    private ChainEntry requireHeld(AgentId agent, RecordHandle handle) {
        ChainEntry entry = byHandle.get(handle);
        if (entry == null || entry.state != ChainEntry.State.HELD || !agent.equals(entry.holder)) {
            throw new BackendNotFoundException(ErrorCode.RECORD_NOT_FOUND, "agent " + agent
                    + " holds no record with handle " + handle + " in campaign " + campaign.name());
        }
        return entry;
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
