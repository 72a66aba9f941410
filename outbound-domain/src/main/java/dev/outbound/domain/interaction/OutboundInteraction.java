package dev.outbound.domain.interaction;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.Require;
import dev.outbound.domain.agent.AgentId;
import dev.outbound.domain.campaign.DialingMode;
import dev.outbound.domain.field.Field;
import dev.outbound.domain.field.FieldCatalog;
import dev.outbound.domain.field.FieldValue;
import dev.outbound.domain.record.CallingListRecord;
import dev.outbound.domain.record.Chain;
import dev.outbound.domain.record.GswKeys;
import dev.outbound.domain.record.GswRecordForm;
import dev.outbound.domain.record.RecordHandle;
import dev.outbound.domain.result.CallResult;
import dev.outbound.domain.schedule.Callback;
import dev.outbound.domain.schedule.CallingWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An outbound interaction on the agent's desktop: a delivered record (the preview) and, once dialed, the call made
 * from it. It is immutable: every request returns the interaction as it is after the request, or throws an
 * {@link OutboundException} and leaves it as it was.
 *
 * <p>Which request is allowed in which state:
 * <pre>
 *   request                      PREVIEWING  DIALING  ACTIVE  COMPLETED
 *   dial (callPreviewRecord)         x
 *   reject, cancel                   x
 *   setCallResult, (remove)DNC                          x        x
 *   reschedule, cancelReschedule     x          x       x        x
 *   updateFields, read anything      x          x       x        x
 *   hang up                                     x       x
 *   mark done                      (x)                           x     (x: only with a pending reschedule)
 * </pre>
 *
 * @param id            the interaction's id; a new one once the record is dialed
 * @param agentId       the agent who owns it
 * @param campaignName  the campaign the record came from
 * @param mode          how the record was delivered
 * @param kind          preview or call
 * @param state         where it stands
 * @param chain         the delivered record and the rest of its chain
 * @param currentHandle the record the interaction is about: the delivered one, or the one dialed
 * @param fields        the calling list's field configuration
 * @param callOutcome   what the dialing gave (ANSWER when connected, BUSY, NO_ANSWER, ...), if dialed
 * @param pending       the changes to submit at mark done
 */
public record OutboundInteraction(
        InteractionId id,
        AgentId agentId,
        String campaignName,
        DialingMode mode,
        InteractionKind kind,
        InteractionState state,
        Chain chain,
        RecordHandle currentHandle,
        FieldCatalog fields,
        Optional<CallResult> callOutcome,
        PendingChanges pending) {

    public OutboundInteraction {
        Require.present(id, "interaction id");
        Require.present(agentId, "agent id");
        Require.nonBlank(campaignName, "campaign name");
        Require.present(mode, "dialing mode");
        Require.present(kind, "interaction kind");
        Require.present(state, "interaction state");
        Require.present(chain, "chain");
        chain.require(Require.present(currentHandle, "current record handle"));
        Require.present(fields, "field catalog");
        Require.present(callOutcome, "call outcome (empty when not dialed)");
        Require.present(pending, "pending changes");
    }

    /** A record just delivered to an agent: a new preview interaction about the chain's delivered record. */
    public static OutboundInteraction delivered(InteractionId id, AgentId agentId, String campaignName,
                                                DialingMode mode, Chain chain, FieldCatalog fields) {
        return new OutboundInteraction(id, agentId, campaignName, mode, InteractionKind.PREVIEW,
                InteractionState.PREVIEWING, chain, chain.delivered().handle(), fields, Optional.empty(),
                PendingChanges.NONE);
    }

    // ---------------------------------------------------------------- reading

    /** The record the interaction is about, with the pending field edits not yet applied. */
    public CallingListRecord currentRecord() {
        return chain.require(currentHandle);
    }

    /**
     * The current record's flat values with its pending field edits applied: what the agent sees. Sorted by key and
     * unmodifiable.
     */
    public Map<String, Object> currentValues() {
        Map<String, Object> flat = GswRecordForm.toFlat(currentRecord());
        Map<String, Object> edits = pending.fieldEditsOf(currentHandle);
        if (edits.isEmpty()) {
            return flat;
        }
        java.util.TreeMap<String, Object> values = new java.util.TreeMap<>(flat);
        edits.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        });
        return java.util.Collections.unmodifiableSortedMap(values);
    }

    /**
     * The current record's phone number as the agent sees it: with a pending edit of {@code GSW_PHONE} applied. The
     * same value as {@code currentValues().get("GSW_PHONE")}, without building the whole record's form.
     */
    public String currentPhone() {
        Object edited = pending.fieldEditsOf(currentHandle).get(GswKeys.PHONE);
        return edited != null ? edited.toString() : currentRecord().phone();
    }

    /**
     * The current record's calling window as the agent sees it: with pending edits of Call From ({@code GSW_FROM}) and
     * Call Until ({@code GSW_UNTIL}) applied.
     */
    public CallingWindow currentWindow() {
        Map<String, Object> edits = pending.fieldEditsOf(currentHandle);
        CallingWindow stored = currentRecord().window();
        if (!edits.containsKey(GswKeys.FROM) && !edits.containsKey(GswKeys.UNTIL)) {
            return stored;
        }
        return new CallingWindow(secondsOr(edits.get(GswKeys.FROM), stored.fromSeconds()),
                secondsOr(edits.get(GswKeys.UNTIL), stored.untilSeconds()));
    }

    private static int secondsOr(Object edited, int stored) {
        return edited instanceof Number seconds ? seconds.intValue() : stored;
    }

    /** The {@code getRecordFields} answer: each configured field with the value the agent sees. */
    public List<Field> recordFields() {
        return fields.describe(currentValues());
    }

    /** The {@code getCallResult} answer: the pending result, else the dialing outcome, else the record's. */
    public CallResult callResult() {
        return pending.callResult().or(() -> callOutcome).orElse(currentRecord().callResult());
    }

    /** Whether the interaction is finished. */
    public boolean isFinished() {
        return state.isFinal();
    }

    /**
     * This interaction with a fresher copy of its chain, as the backend answered a ChainedRecordRequest. The fresh
     * chain must start with the same delivered record and still hold the current one.
     */
    public OutboundInteraction withChain(Chain fresh) {
        Require.present(fresh, "chain");
        if (!fresh.delivered().handle().equals(chain.delivered().handle()) || fresh.find(currentHandle).isEmpty()) {
            throw new OutboundException(ErrorCode.BACKEND_REFUSED, "the backend answered chain " + fresh.handles()
                    + " for interaction " + id + ", which holds chain " + chain.handles());
        }
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, state, fresh, currentHandle, fields,
                callOutcome, pending);
    }

    // ---------------------------------------------------------------- before the call

    /**
     * Dials one record of the chain: the preview becomes a call with a new id ({@code callPreviewRecord}), and the
     * dialed record counts one more attempt ({@code GSW_ATTEMPTS}), as OCS counts it. Field edits made during the
     * preview stay with the record they were made on.
     */
    public OutboundInteraction dial(InteractionId callId, RecordHandle handle) {
        requireDialable(handle);
        Require.present(callId, "call interaction id");
        Chain attempted = chain.replace(handle, record -> record.afterAttempt(record.callResult()));
        return new OutboundInteraction(callId, agentId, campaignName, mode, InteractionKind.CALL,
                InteractionState.DIALING, attempted, handle, fields, callOutcome, pending);
    }

    /** Checks that {@link #dial} would accept this record, before a call id is spent on it. */
    public void requireDialable(RecordHandle handle) {
        requireState("call the record", InteractionState.PREVIEWING);
        chain.require(handle);
    }

    /** Rejects the preview: the record goes back to the pool for another agent. */
    public OutboundInteraction reject() {
        requireState("reject the record", InteractionState.PREVIEWING);
        return withState(InteractionState.REJECTED);
    }

    /** Cancels the preview: the record is not dialed again in this campaign. */
    public OutboundInteraction cancel() {
        requireState("cancel the record", InteractionState.PREVIEWING);
        return withState(InteractionState.CANCELLED);
    }

    // ---------------------------------------------------------------- the call

    /** The dialed number answered. */
    public OutboundInteraction callConnected() {
        requireState("connect the call", InteractionState.DIALING);
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, InteractionState.ACTIVE, chain,
                currentHandle, fields, Optional.of(CallResult.ANSWER), pending);
    }

    /** The dialing failed with that outcome (busy, no answer, answering machine, ...): the call is over. */
    public OutboundInteraction callFailed(CallResult outcome) {
        requireState("end the dialing", InteractionState.DIALING);
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, InteractionState.COMPLETED, chain,
                currentHandle, fields, Optional.of(Require.present(outcome, "call outcome")), pending);
    }

    /** The call is released ({@code voice.hangUp}, or the customer hung up). */
    public OutboundInteraction hangUp() {
        requireState("hang up", InteractionState.DIALING, InteractionState.ACTIVE);
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, InteractionState.COMPLETED, chain,
                currentHandle, fields, callOutcome.or(() -> Optional.of(CallResult.NO_ANSWER)), pending);
    }

    // ---------------------------------------------------------------- pending changes

    /** Sets the call result; the caller has checked it is one of the offered results. */
    public OutboundInteraction setCallResult(CallResult result) {
        requireState("set the call result", InteractionState.ACTIVE, InteractionState.COMPLETED);
        Require.present(result, "call result");
        if (pending.doNotCall()) {
            throw new OutboundException(ErrorCode.CALL_RESULT_WHILE_DO_NOT_CALL, "interaction " + id
                    + " is marked Do Not Call: remove Do Not Call before setting a call result");
        }
        return withPending(pending.withCallResult(result));
    }

    /** Marks the customer Do Not Call; sent at mark done. Marking twice is the same as once. */
    public OutboundInteraction setDoNotCall() {
        requireState("set Do Not Call", InteractionState.ACTIVE, InteractionState.COMPLETED);
        if (pending.reschedule().isPresent()) {
            throw new OutboundException(ErrorCode.RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL, "interaction " + id
                    + " has a pending reschedule: cancel the reschedule before marking Do Not Call");
        }
        return withPending(pending.withDoNotCall(true));
    }

    /** Removes a pending Do Not Call mark (a submitted one cannot be removed from the desktop). */
    public OutboundInteraction removeDoNotCall() {
        requireState("remove Do Not Call", InteractionState.ACTIVE, InteractionState.COMPLETED);
        if (!pending.doNotCall()) {
            throw new OutboundException(ErrorCode.DO_NOT_CALL_NOT_PENDING, "interaction " + id
                    + " has no pending Do Not Call mark to remove");
        }
        return withPending(pending.withDoNotCall(false));
    }

    /** Reschedules a record of the chain; the callback was read in the record's zone (see Rescheduling). */
    public OutboundInteraction reschedule(RecordHandle handle, Callback callback) {
        requireOpen("reschedule the record");
        chain.require(handle);
        if (pending.doNotCall()) {
            throw new OutboundException(ErrorCode.RESCHEDULE_CONFLICTS_WITH_DO_NOT_CALL, "interaction " + id
                    + " is marked Do Not Call: remove Do Not Call before rescheduling");
        }
        return withPending(pending.withReschedule(Optional.of(new PendingReschedule(handle, callback))));
    }

    /** Clears the pending reschedule. */
    public OutboundInteraction cancelReschedule() {
        requireOpen("cancel the reschedule");
        if (pending.reschedule().isEmpty()) {
            throw new OutboundException(ErrorCode.NO_RESCHEDULE_PENDING, "interaction " + id
                    + " has no pending reschedule to cancel");
        }
        return withPending(pending.withReschedule(Optional.empty()));
    }

    /**
     * Edits fields of the current record, all or nothing: every value is checked against the field catalog, and
     * one bad value refuses the whole update, reporting every violation.
     */
    public OutboundInteraction updateFields(Map<String, FieldValue> update) {
        requireOpen("update the record's fields");
        Map<String, Object> accepted = fields.validateUpdate(update, currentValues());
        return withPending(pending.withFieldEdits(currentHandle, accepted));
    }

    // ---------------------------------------------------------------- done

    /**
     * The requests mark done sends, in order: UpdateCallCompletionStats for the current record (call result and
     * field edits) and for any other edited record of the chain, then RecordReschedule or DoNotCall, then
     * RecordProcessed. A preview without a call sends no completion stats for its current record.
     */
    public List<CompletionStep> completionSteps() {
        requireMarkableDone();
        List<CompletionStep> steps = new ArrayList<>();
        Map<String, Object> currentEdits = pending.fieldEditsOf(currentHandle);
        if (kind == InteractionKind.CALL) {
            steps.add(new CompletionStep.UpdateCallCompletionStats(currentHandle, Optional.of(callResult()),
                    currentEdits));
        }
        pending.fieldEdits().forEach((handle, edits) -> {
            if (!handle.equals(currentHandle)) {
                steps.add(new CompletionStep.UpdateCallCompletionStats(handle, Optional.empty(), edits));
            }
        });
        pending.reschedule().ifPresent(r -> steps.add(new CompletionStep.RecordReschedule(r.handle(), r.callback())));
        if (pending.doNotCall()) {
            steps.add(new CompletionStep.DoNotCall(currentHandle));
        }
        steps.add(new CompletionStep.RecordProcessed(currentHandle, callResult(), currentEdits));
        return List.copyOf(steps);
    }

    /**
     * The interaction after its completion steps were all accepted: done, nothing pending, and its records as the
     * backend now has them (the final call result and the edited fields applied), so that what is shown of a
     * finished interaction is what was submitted.
     */
    public OutboundInteraction markDone() {
        requireMarkableDone();
        CallResult finalResult = callResult();
        Chain submitted = chain;
        for (Map.Entry<RecordHandle, Map<String, Object>> edits : pending.fieldEdits().entrySet()) {
            submitted = submitted.replace(edits.getKey(), r -> GswRecordForm.withValues(r, edits.getValue()));
        }
        submitted = submitted.replace(currentHandle, r -> r.withCallResult(finalResult));
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, InteractionState.DONE, submitted,
                currentHandle, fields, Optional.empty(), PendingChanges.NONE);
    }

    // ---------------------------------------------------------------- guards

    private void requireMarkableDone() {
        if (state == InteractionState.PREVIEWING && pending.reschedule().isPresent()) {
            return;
        }
        if (state == InteractionState.PREVIEWING) {
            throw wrongState("mark it done", "call, reject or cancel the record first (or reschedule it)");
        }
        requireState("mark it done", InteractionState.COMPLETED);
    }

    private void requireOpen(String action) {
        requireState(action, InteractionState.PREVIEWING, InteractionState.DIALING, InteractionState.ACTIVE,
                InteractionState.COMPLETED);
    }

    private void requireState(String action, InteractionState... allowed) {
        if (!Arrays.asList(allowed).contains(state)) {
            String names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or "));
            throw wrongState(action, "that is allowed only while it is " + names);
        }
    }

    private OutboundException wrongState(String action, String hint) {
        return new OutboundException(ErrorCode.WRONG_INTERACTION_STATE, "cannot " + action + " on interaction "
                + id + ": it is " + state + "; " + hint);
    }

    private OutboundInteraction withState(InteractionState newState) {
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, newState, chain, currentHandle, fields,
                callOutcome, pending);
    }

    private OutboundInteraction withPending(PendingChanges newPending) {
        return new OutboundInteraction(id, agentId, campaignName, mode, kind, state, chain, currentHandle, fields,
                callOutcome, newPending);
    }
}
