package dev.outbound.application;

import dev.outbound.domain.ErrorCode;
import dev.outbound.domain.OutboundException;
import dev.outbound.domain.format.OcsFormats;
import dev.outbound.domain.interaction.CompletionStep;
import dev.outbound.domain.interaction.OutboundInteraction;
import dev.outbound.domain.interaction.PendingReschedule;
import dev.outbound.domain.record.ChainScope;
import dev.outbound.domain.schedule.RecordTimeZone;
import dev.outbound.domain.schedule.Rescheduling;
import dev.outbound.port.in.AgentEvent.InteractionChanged.Change;
import dev.outbound.port.in.InteractionRef;
import dev.outbound.port.in.MarkDoneUseCase;
import dev.outbound.port.out.RecordDispositionPort;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code interaction.markdone}: sends the interaction's completion steps to the backend in order, then closes it.
 * When a step fails the interaction stays open, pending changes and all; a retry sends every step again, which the
 * backend port allows (every step before RecordProcessed may be repeated). A pending reschedule whose time has
 * passed while it waited is refused before anything is sent: the agent sets a new time or cancels it.
 */
final class MarkDoneService implements MarkDoneUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(MarkDoneService.class);

    private final RecordDispositionPort backend;
    private final Interactions interactions;
    private final ChainScope doNotCallScope;
    private final Clock clock;

    MarkDoneService(RecordDispositionPort backend, Interactions interactions, ChainScope doNotCallScope,
                    Clock clock) {
        this.backend = backend;
        this.interactions = interactions;
        this.doNotCallScope = doNotCallScope;
        this.clock = clock;
    }

    @Override
    public void markDone(InteractionRef ref) {
        interactions.locks().withLock(ref.agent(), () -> {
            OutboundInteraction interaction = interactions.require(ref);
            OutboundInteraction done = interaction.markDone();
            interaction.pending().reschedule().ifPresent(reschedule -> requireStillAhead(interaction, reschedule));
            for (CompletionStep step : interaction.completionSteps()) {
                send(interaction, step);
            }
            interactions.store().remove(ref.agent(), ref.interactionId());
            interactions.events().interactionChanged(Change.REMOVED, done);
            LOG.debug("agent {} marked interaction {} done", ref.agent(), ref.interactionId());
        });
    }

    private void requireStillAhead(OutboundInteraction interaction, PendingReschedule reschedule) {
        if (reschedule.callback().at().isAfter(clock.instant())) {
            return;
        }
        RecordTimeZone zone = interaction.chain().require(reschedule.handle()).timeZone();
        throw new OutboundException(ErrorCode.RESCHEDULE_IN_PAST, "the callback time of record "
                + reschedule.handle() + ", " + OcsFormats.formatDateTime(Rescheduling.localTimeAt(zone,
                reschedule.callback().at())) + " in " + zone.describe() + ", passed while it was pending (the "
                + "record's local time now is " + OcsFormats.formatDateTime(Rescheduling.localTimeAt(zone,
                clock.instant())) + "); reschedule it to a later time or cancel the reschedule, then mark done");
    }

    private void send(OutboundInteraction interaction, CompletionStep step) {
        var agent = interaction.agentId();
        if (step instanceof CompletionStep.UpdateCallCompletionStats stats) {
            backend.updateCallCompletionStats(agent, stats.handle(), stats.callResult(), stats.fields());
        } else if (step instanceof CompletionStep.RecordReschedule reschedule) {
            backend.recordReschedule(agent, reschedule.handle(), reschedule.callback());
        } else if (step instanceof CompletionStep.DoNotCall doNotCall) {
            backend.doNotCall(agent, doNotCall.handle(), doNotCallScope);
        } else if (step instanceof CompletionStep.RecordProcessed processed) {
            backend.recordProcessed(agent, processed.handle(), processed.callResult(), processed.fields());
        } else {
            throw new IllegalStateException("no backend request for completion step " + step);
        }
    }
}
